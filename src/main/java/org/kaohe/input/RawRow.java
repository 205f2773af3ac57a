package org.kaohe.input;

import org.kaohe.common.SourceRef;

/**
 * One data row of any source (CSV, XLSX, device log) with its cells addressed by column key. Cell values are
 * stripped text; an Excel date/time cell arrives as ISO text ({@code 2026-10-09}, {@code 08:05:30},
 * {@code 2026-10-09 08:05:30}); a missing or empty cell is {@code ""}.
 */
public final class RawRow {

    private final SourceRef source;
    private final Header header;
    private final String[] values;

    public RawRow(SourceRef source, Header header, String[] values) {
        this.source = source;
        this.header = header;
        this.values = values;
    }

    public SourceRef source() {
        return source;
    }

    /** The stripped value of the column, or "" when the file has no such column or the cell is empty. */
    public String get(String key) {
        int i = header.indexOf(key);
        if (i < 0 || i >= values.length || values[i] == null) {
            return "";
        }
        return values[i].strip();
    }

    /** The column's header as the file writes it (for messages), or its Chinese name when the file lacks it. */
    public String headerText(String key) {
        return header.textOf(key);
    }
}
