package org.kaohe.history;

import com.opencsv.RFC4180Parser;
import java.io.IOException;
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

    /** By hand rather than with a CSV writer per row: a province's 100,000 rows took a CSV writer about 1.5 s. */
    static String encode(Map<String, String> columns) {
        StringBuilder line = new StringBuilder(columns.size() * 16);
        for (Map.Entry<String, String> e : columns.entrySet()) {
            cell(line, e.getKey());
            cell(line, e.getValue());
        }
        line.setLength(Math.max(0, line.length() - 1));
        return line.toString();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static void cell(StringBuilder line, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
        line.append(',');
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
