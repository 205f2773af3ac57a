package org.kaohe.history;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180Parser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's whole results row as the history keeps it: one CSV line of header and value alternating, so a row
 * keeps every column even when the results columns change between versions. The same text as the earlier
 * {@code KAOHE_RUN_PERSON.RESULT_COLUMNS}.
 */
final class ResultRow {

    private ResultRow() {
    }

    static String encode(Map<String, String> columns) {
        StringWriter out = new StringWriter();
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "");
        String[] cells = new String[columns.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : columns.entrySet()) {
            cells[i++] = e.getKey();
            cells[i++] = e.getValue();
        }
        csv.writeNext(cells, false);
        return out.toString();
    }

    static Map<String, String> decode(String line) {
        String[] cells;
        try {
            cells = new RFC4180Parser().parseLine(line);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("unreadable results row in the run history", e));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i + 1 < cells.length; i += 2) {
            columns.put(cells[i], cells[i + 1]);
        }
        return columns;
    }
}
