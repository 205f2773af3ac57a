package org.kaohe.input;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.kaohe.common.SourceRef;

/** Builds {@link RawRow}s the way a reader would, from header/value pairs in the file's own column order. */
final class TestRows {

    private TestRows() {
    }

    /**
     * A row of {@code <prefix>.csv}; headers are a column's Chinese name or English alias, as a file may write.
     * A header given twice takes its last value, so a test can override one cell of a valid base row. A null
     * value is an empty cell (what {@code @CsvSource} gives for an empty field).
     */
    static RawRow row(InputKind kind, long rowNumber, String... headerValuePairs) {
        return row(new SourceRef(kind.prefix() + ".csv", "", rowNumber), kind, headerValuePairs);
    }

    static RawRow row(SourceRef source, InputKind kind, String... headerValuePairs) {
        Map<String, Integer> indexByKey = new HashMap<>();
        Map<String, String> textByKey = new HashMap<>();
        String[] values = new String[headerValuePairs.length / 2];
        for (int i = 0; i < values.length; i++) {
            String header = headerValuePairs[2 * i];
            String key = kind.columns().stream()
                    .filter(c -> c.zh().equals(header) || c.key().equals(header))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(header)).key();
            indexByKey.put(key, i);
            textByKey.put(key, header);
            values[i] = Objects.requireNonNullElse(headerValuePairs[2 * i + 1], "");
        }
        return new RawRow(source, new Header(kind, indexByKey, textByKey), values);
    }
}
