package org.kaohe.common;

/**
 * Where a value came from: file name, sheet (empty for CSV and device logs) and the row number as a spreadsheet
 * shows it (1-based, header rows included), so every point and every yuan can be traced back to its input row.
 */
public record SourceRef(String file, String sheet, long row) {

    public SourceRef {
        sheet = sheet == null ? "" : sheet;
    }

    /** "punches.csv 第12行" style label without language words: file[!sheet]:row. */
    public String label() {
        return sheet.isEmpty() ? file + ":" + row : file + "!" + sheet + ":" + row;
    }
}
