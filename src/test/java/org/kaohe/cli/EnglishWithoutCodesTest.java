package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.attendance.LeaveType;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Approval;
import org.kaohe.common.Coded;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.ErrorCategory;
import org.kaohe.discipline.ErrorLevel;
import org.kaohe.discipline.FindingCategory;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Severity;
import org.kaohe.discipline.Urgency;
import org.kaohe.information.Adoption;
import org.kaohe.scoring.Grade;
import org.kaohe.staff.Clocking;

/** The demo month with --lang en: no enumeration code and no "(s)" in any text a user reads, and plurals right. */
class EnglishWithoutCodesTest {

    private static final Pattern TEXT_IN_XML = Pattern.compile(">([^<]+)<");

    @TempDir
    Path dir;

    @Test
    void everyOutputOfTheDemoMonthInEnglishIsFreeOfCodes() throws IOException {
        Path output = dir.resolve("2026-10");
        Captured c = Captured.run("run", "--month", "2026-10", "--output", output.toString(), "--lang", "en");
        assertThat(c.exitCode()).isEqualTo(0);

        List<String> texts = new ArrayList<>(c.out());
        texts.addAll(c.err());
        try (Stream<Path> files = Files.walk(output)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.addAll(textsOf(f));
            }
        }
        Pattern codes = codes();
        List<String> found = new ArrayList<>();
        for (String t : texts) {
            Matcher m = codes.matcher(t);
            while (m.find()) {
                found.add(m.group() + " in: " + t);
            }
        }
        assertThat(found).isEmpty();
        assertThat(texts).anyMatch(t -> t.matches(".*(?<![\\d.])1 point\\b.*"))
                .anyMatch(t -> t.matches(".*(?<![\\d.])2 points\\b.*"))
                .anyMatch(t -> t.contains("(extra urgent)"))
                .anyMatch(t -> t.contains("(working day)"))
                .contains("excellent", "not rated", "approved");
    }

    /** Underscored codes, every single-word code of the enumerations users write, "(s)" and "1 points". */
    private static Pattern codes() {
        List<String> words = new ArrayList<>();
        for (Class<? extends Coded> type : List.of(Grade.class, LeaveType.class, Approval.class, DayType.class,
                Urgency.class, FindingItem.class, ErrorCategory.class, ErrorLevel.class, Severity.class,
                FindingCategory.class, DontLet.class, Clocking.class, Adoption.class)) {
            for (Coded c : type.getEnumConstants()) {
                words.add(c.name());
            }
        }
        return Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b|\\b(" + String.join("|", words) + ")\\b|\\((s|es)\\)"
                + "|(?<![\\d.])1(\\.0+)? points\\b");
    }

    private static List<String> textsOf(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
            List<String> texts = new ArrayList<>();
            try (ZipFile zip = new ZipFile(f.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (e.getName().endsWith(".xml") && !e.getName().contains("styles")
                            && !e.getName().contains("theme") && !e.getName().startsWith("[")) {
                        String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                        Matcher m = TEXT_IN_XML.matcher(xml);
                        while (m.find()) {
                            texts.add(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
                        }
                    }
                }
            }
            return texts;
        }
        return name.endsWith(".log") ? List.of() : Files.readAllLines(f, StandardCharsets.UTF_8);
    }
}
