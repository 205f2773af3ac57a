package org.kaohe.report.xlsx;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.common.Msg;
import org.kaohe.input.CsvDecoding;
import org.kaohe.input.Identifiers;

/**
 * The passwords of the section workbooks ({@code kaohe run --protect FILE}), from a file HR keeps: a CSV as Excel
 * saves it (UTF-8 with or without BOM, or GBK), header row {@code 科室,密码} (or {@code section,password}), one section per row. A password is never
 * shown, logged or stored: only {@link #of} hands it out, to encrypt that section's workbook.
 */
public final class SectionPasswords {

    private final Map<String, String> bySection;

    private SectionPasswords(Map<String, String> bySection) {
        this.bySection = bySection;
    }

    /** The password of a section, if the file gives one. */
    public Optional<String> of(String section) {
        return Optional.ofNullable(bySection.get(section));
    }

    /** The sections (of those given) the file has no password for, in the order given. */
    public List<String> missing(Collection<String> sections) {
        return sections.stream().filter(s -> !bySection.containsKey(s)).toList();
    }

    @Override
    public String toString() {
        return "SectionPasswords[" + bySection.size() + " sections]";
    }

    /**
     * Reads and checks the file, and that it holds a password for each of {@code sections}: every section workbook
     * is encrypted, or none is written.
     */
    public static SectionPasswords readFor(Path file, List<String> sections) throws PasswordFileException {
        SectionPasswords passwords = read(file);
        List<String> missing = passwords.missing(sections);
        if (!missing.isEmpty()) {
            throw new PasswordFileException(Msg.of("sect.protect.missing", file.toString(),
                    String.join(", ", missing)));
        }
        return passwords;
    }

    /** Reads and checks the file; a problem is reported with the file and row, never with a password. */
    public static SectionPasswords read(Path file) throws PasswordFileException {
        String name = file.toString();
        if (name.isEmpty()) {
            throw new PasswordFileException(Msg.of("sect.protect.no_path"));
        }
        if (Files.isDirectory(file)) {
            throw new PasswordFileException(Msg.of("sect.protect.is_folder", name));
        }
        Map<String, String> passwords = new HashMap<>();
        // as Excel or WPS saves a CSV (UTF-8 with or without BOM, or GBK), and '\\' is an ordinary character
        try (CSVReader csv = new CSVReaderBuilder(CsvDecoding.open(file))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] header = csv.readNext();
            if (header == null || header.length < 2 || !isHeader(header)) {
                throw new PasswordFileException(Msg.of("sect.protect.no_header", name));
            }
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                long line = csv.getLinesRead();
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                // cleaned as the roster's 科室 is, so a zero-width space pasted with it still names the section
                String section = Identifiers.lookup(row[0]);
                String password = row.length > 1 ? row[1] : "";
                if (section.isEmpty() || password.isEmpty()) {
                    throw new PasswordFileException(Msg.of("sect.protect.incomplete", name, String.valueOf(line)));
                }
                if (passwords.putIfAbsent(section, password) != null) {
                    throw new PasswordFileException(Msg.of("sect.protect.duplicate", name, String.valueOf(line),
                            section));
                }
            }
        } catch (NoSuchFileException e) {
            throw new PasswordFileException(Msg.of("sect.protect.no_file", name));
        } catch (IOException | CsvException e) {
            throw new PasswordFileException(Msg.of("sect.protect.unreadable", name, String.valueOf(e.getMessage())));
        }
        if (passwords.isEmpty()) {
            throw new PasswordFileException(Msg.of("sect.protect.empty", name));
        }
        return new SectionPasswords(passwords);
    }

    private static boolean isHeader(String[] header) {
        String first = header[0].replace("\uFEFF", "").strip();
        String second = header[1].strip();
        return (first.equals("科室") || first.equalsIgnoreCase("section"))
                && (second.equals("密码") || second.equalsIgnoreCase("password"));
    }

    /** The password file cannot be used; the reason names the file and row. */
    public static final class PasswordFileException extends Exception {

        private final transient Msg reason;

        PasswordFileException(Msg reason) {
            super(reason.toString());
            this.reason = reason;
        }

        public Msg reason() {
            return reason;
        }
    }
}
