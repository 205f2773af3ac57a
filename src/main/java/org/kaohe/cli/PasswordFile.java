package org.kaohe.cli;

import java.nio.file.Path;
import org.kaohe.report.xlsx.SectionPasswords;

/** The section workbooks' password file of {@code --protect}, for the month's and the year's commands. */
final class PasswordFile {

    private PasswordFile() {
    }

    /** A password file that cannot be used is a set-up mistake, found before anything runs. */
    static void check(Path file) throws UsageException {
        try {
            SectionPasswords.read(file);
        } catch (SectionPasswords.PasswordFileException e) {
            throw new UsageException(e.reason());
        }
    }
}
