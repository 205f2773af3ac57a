package org.kaohe.history;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180Parser;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.scoring.Grade;

/**
 * A run's people as the history stores them: CSV text in parts of about {@value #PART_CHARS} characters, one record
 * per person (工号, name, section, score, grade, pay, then each results column's name and value, then each of the
 * year's counts as a name starting with {@value #COUNT_MARK} and its value; records stored before the counts were
 * kept end with the columns). A row per person
 * cost the embedded database about 0.1 ms each, 10 s for a province's 100,000 people in the run's last step; a few
 * hundred parts take a fraction of a second, and every part stays far below H2's longest VARCHAR.
 */
final class PeopleParts {

    static final int PART_CHARS = 200_000;
    private static final int FIXED = 6;
    /** No results header starts with it, so a count is never taken for a column. */
    static final String COUNT_MARK = "#";
    private static final List<String> COUNTS = List.of("dutyAbsences", "infoMissedWeeks", "adoptionsCity",
            "adoptionsProvince", "adoptionsNational");

    private PeopleParts() {
    }

    static List<String> of(List<PersonSnapshot> people) {
        List<String> parts = new ArrayList<>();
        StringWriter part = new StringWriter(PART_CHARS + PART_CHARS / 8);
        ICSVWriter csv = writer(part);
        for (PersonSnapshot p : people) {
            csv.writeNext(record(p), false);
            if (part.getBuffer().length() >= PART_CHARS) {
                parts.add(part.toString());
                part = new StringWriter(PART_CHARS + PART_CHARS / 8);
                csv = writer(part);
            }
        }
        if (part.getBuffer().length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }

    private static ICSVWriter writer(StringWriter out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    private static String[] record(PersonSnapshot p) {
        List<String> cells = new ArrayList<>(List.of(p.employeeId(), p.name(), p.section(), p.score().toPlainString(),
                p.grade().name(), p.pay().toPlainString()));
        p.columns().forEach((column, value) -> {
            cells.add(column);
            cells.add(value);
        });
        YearCounts c = p.yearCounts();
        if (c != null) {
            List<Integer> values = List.of(c.dutyAbsences(), c.infoMissedWeeks(), c.adoptionsCity(),
                    c.adoptionsProvince(), c.adoptionsNational());
            for (int i = 0; i < COUNTS.size(); i++) {
                cells.add(COUNT_MARK + COUNTS.get(i));
                cells.add(String.valueOf(values.get(i)));
            }
        }
        return cells.toArray(String[]::new);
    }

    static List<PersonSnapshot> read(String part) {
        List<PersonSnapshot> people = new ArrayList<>();
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(part)).withCSVParser(new RFC4180Parser())
                .withKeepCarriageReturn(true).build()) {
            for (String[] r = csv.readNext(); r != null; r = csv.readNext()) {
                Map<String, String> columns = new LinkedHashMap<>();
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (int i = FIXED; i + 1 < r.length; i += 2) {
                    if (r[i].startsWith(COUNT_MARK)) {
                        counts.put(r[i].substring(COUNT_MARK.length()), Integer.valueOf(r[i + 1]));
                    } else {
                        columns.put(r[i], r[i + 1]);
                    }
                }
                people.add(new PersonSnapshot(r[0], r[1], r[2], new BigDecimal(r[3]), Grade.valueOf(r[4]),
                        new BigDecimal(r[5]), columns, yearCounts(counts)));
            }
        } catch (IOException | CsvValidationException e) {
            throw new UncheckedIOException(new IOException("unreadable people in the run history", e));
        }
        return people;
    }

    private static YearCounts yearCounts(Map<String, Integer> counts) {
        if (!counts.keySet().containsAll(COUNTS)) {
            return null;
        }
        return new YearCounts(counts.get(COUNTS.get(0)), counts.get(COUNTS.get(1)), counts.get(COUNTS.get(2)),
                counts.get(COUNTS.get(3)), counts.get(COUNTS.get(4)));
    }
}
