package org.kaohe.report.year;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kaohe.common.Messages;
import org.kaohe.report.xlsx.SectionFileNames;
import org.kaohe.report.xlsx.SectionPasswords;
import org.kaohe.report.xlsx.SectionWorkbooks;
import org.kaohe.report.xlsx.XlsxBook;
import org.kaohe.year.PersonYear;

/**
 * {@code sections/<section>-<YYYY>.xlsx}, one per section for its chief: the 年度汇总 of the section's people by
 * 年度得分, and the section's 优秀 candidates with the quota line; named as the month's section workbooks are, and
 * encrypted when a password is given for the section.
 */
public final class YearSectionWorkbooks {

    private final YearReport report;
    private final Messages m;

    public YearSectionWorkbooks(YearReport report) {
        this.report = report;
        this.m = report.messages();
    }

    /** @param passwords the sections' passwords, or null to write every workbook unprotected */
    public void write(Path dir, SectionPasswords passwords) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<PersonYear>> sections = report.bySection();
        Map<String, String> names = SectionFileNames.of(sections.keySet(), String.valueOf(report.year()));
        for (Map.Entry<String, List<PersonYear>> s : sections.entrySet()) {
            Path file = SectionWorkbooks.inside(dir, names.get(s.getKey()));
            String password = passwords == null ? null : passwords.of(s.getKey()).orElseThrow();
            String scope = m.get("perf.form.section_line", s.getKey());
            try (XlsxBook book = XlsxBook.streamed(file, password, m.get("perf.print.footer"))) {
                new YearForm(report).write(book, s.getValue(), scope);
                new ExcellentRanking(report).write(book, s.getValue(), scope);
                book.save();
            }
        }
    }
}
