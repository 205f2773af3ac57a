package org.kaohe.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One cell of a report workbook: text (always a string cell, never a formula, whatever it starts with), a number
 * with a fixed display format, a date, or nothing. Numbers are rounded half up to their format's decimals before
 * they are written, so the cell holds exactly what the CSV outputs show.
 */
public record XlsxCell(String text, BigDecimal number, Format format, LocalDate date) {

    /** Excel holds at most this many characters in a cell. */
    static final int MAX_TEXT = 32_767;
    /** How a date is shown, and so how wide it is. */
    static final String DATE_PATTERN = "yyyy-mm-dd";

    /** The number formats of the reports: counts, days and hours, points and money, the attendance factor. */
    public enum Format {
        INTEGER("0", 0), ONE("0.0", 1), TWO("0.00", 2), FOUR("0.0000", 4);

        private final String pattern;
        private final int scale;

        Format(String pattern, int scale) {
            this.pattern = pattern;
            this.scale = scale;
        }

        public String pattern() {
            return pattern;
        }

        /** The format showing {@code scale} decimals. */
        public static Format ofScale(int scale) {
            for (Format f : values()) {
                if (f.scale == scale) {
                    return f;
                }
            }
            throw new IllegalArgumentException("no number format with " + scale + " decimals");
        }
    }

    /** Text as Excel can hold it: see {@link #safe}. */
    public static XlsxCell text(String value) {
        return new XlsxCell(safe(value), null, null, null);
    }

    public static XlsxCell number(BigDecimal value, Format format) {
        return value == null ? empty()
                : new XlsxCell(null, value.setScale(format.scale, RoundingMode.HALF_UP), format, null);
    }

    public static XlsxCell integer(long value) {
        return new XlsxCell(null, BigDecimal.valueOf(value), Format.INTEGER, null);
    }

    /** A real date cell (sortable and filterable by month in Excel), shown as 2026-10-09. */
    public static XlsxCell date(LocalDate value) {
        return value == null ? empty() : new XlsxCell(null, null, null, value);
    }

    public static XlsxCell empty() {
        return new XlsxCell(null, null, null, null);
    }

    boolean isNumber() {
        return number != null;
    }

    boolean isDate() {
        return date != null;
    }

    boolean isEmpty() {
        return text == null && number == null && date == null;
    }

    /** What Excel shows, for sizing the column. */
    String shown() {
        return isNumber() ? number.toPlainString() : isDate() ? DATE_PATTERN : text == null ? "" : text;
    }

    /**
     * Control characters (NUL bytes of a corrupt file) are not allowed in a spreadsheet's XML: they are shown as
     * U+FFFD, so the reader sees that something was there; text longer than a cell holds is cut.
     */
    static String safe(String raw) {
        String v = raw == null ? "" : raw;
        if (v.length() <= MAX_TEXT && clean(v)) {
            return v;
        }
        StringBuilder sb = new StringBuilder(Math.min(v.length(), MAX_TEXT));
        for (int i = 0; i < v.length() && i < MAX_TEXT; i++) {
            char c = v.charAt(i);
            sb.append(replaced(c) ? '\uFFFD' : c);
        }
        return sb.toString();
    }

    private static boolean clean(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (replaced(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean replaced(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t';
    }
}
