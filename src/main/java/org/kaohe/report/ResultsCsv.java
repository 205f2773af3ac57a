package org.kaohe.report;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.scoring.Grade;

/** {@code results-<YYYY-MM>.csv}: one row per person, columns exactly as SPEC §4 gives them, sorted by 工号. */
public final class ResultsCsv {

    public static final List<String> HEADER = Arrays.stream(ResultColumn.values()).map(ResultColumn::header).toList();

    private ResultsCsv() {
    }

    public static void write(Path file, List<PersonResult> results) throws IOException {
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(HEADER);
            for (PersonResult r : results) {
                csv.row(cells(r));
            }
        }
    }

    /** One person's row, as written: a cell per {@link #HEADER} column. */
    public static List<CsvFile.Cell> cells(PersonResult r) {
        List<CsvFile.Cell> cells = new ArrayList<>();
        for (ResultColumn c : ResultColumn.values()) {
            cells.add(cell(c.of(r), c.scale()));
        }
        return cells;
    }

    /** The CSV is for machines: its words are Chinese whatever the report language. */
    private static CsvFile.Cell cell(Object value, int scale) {
        if (value instanceof BigDecimal d) {
            return number(Numbers.fixed(d, scale));
        }
        if (value instanceof Integer n) {
            return number(n.toString());
        }
        if (value instanceof Boolean b) {
            return text(b ? "是" : "否");
        }
        if (value instanceof Grade g) {
            return text(g.zh());
        }
        return text((String) value);
    }
}
