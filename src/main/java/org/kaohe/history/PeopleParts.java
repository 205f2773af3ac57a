package org.kaohe.history;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's people as commits ff8a993 to e72ea01 stored them in {@code KAOHE_RUN_PEOPLE}: CSV text in parts, one
 * record per person (工号, name, section, score, grade, pay, then each results column's name and value). Read only
 * by the migration that moves them into {@code KAOHE_PERSON_RESULT}.
 */
final class PeopleParts {

    private static final int FIXED = 6;

    private PeopleParts() {
    }

    static List<PersonSnapshot> read(String part) {
        List<PersonSnapshot> people = new ArrayList<>();
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(part)).withCSVParser(new RFC4180Parser())
                .withKeepCarriageReturn(true).build()) {
            for (String[] r = csv.readNext(); r != null; r = csv.readNext()) {
                Map<String, String> columns = new LinkedHashMap<>();
                for (int i = FIXED; i + 1 < r.length; i += 2) {
                    columns.put(r[i], r[i + 1]);
                }
                people.add(new PersonSnapshot(r[0], r[1], r[2], new BigDecimal(r[3]), PersonResults.grade(r[4]),
                        new BigDecimal(r[5]), columns));
            }
        } catch (IOException | CsvValidationException e) {
            throw new UncheckedIOException(new IOException("unreadable people in the run history", e));
        }
        return people;
    }
}
