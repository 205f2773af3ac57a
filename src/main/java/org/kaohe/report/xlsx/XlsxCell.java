package org.kaohe.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One cell of a report workbook: text (always a string cell, never a formula, whatever it starts with), a number
 * with a fixed display format, or nothing. Numbers are rounded half up to their format's decimals before they are
 * written, so the cell holds exactly what the CSV outputs show.
 */
public record XlsxCell(String text, BigDecimal number, Format format) {

    /** Excel holds at most this many characters in a cell. */
    static final int MAX_TEXT = 32_767;

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

    public static XlsxCell text(String value) {
        String v = value == null ? "" : value;
        return new XlsxCell(v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v, null, null);
    }

    public static XlsxCell number(BigDecimal value, Format format) {
        return value == null ? empty() : new XlsxCell(null, value.setScale(format.scale, RoundingMode.HALF_UP), format);
    }

    public static XlsxCell integer(long value) {
        return new XlsxCell(null, BigDecimal.valueOf(value), Format.INTEGER);
    }

    public static XlsxCell empty() {
        return new XlsxCell(null, null, null);
    }

    boolean isNumber() {
        return number != null;
    }

    boolean isEmpty() {
        return text == null && number == null;
    }

    /** What Excel shows, for sizing the column. */
    String shown() {
        return isNumber() ? number.toPlainString() : text == null ? "" : text;
    }
}
