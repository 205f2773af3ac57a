package org.kaohe.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One cell of a report workbook: text (always a string cell, never a formula, whatever it starts with), a number
 * with a fixed display format, a date, or nothing. Numbers are rounded half up to their format's decimals before
 * they are written, so the cell holds exactly what the CSV outputs show.
 */
public record XlsxCell(String text, BigDecimal number, Format format, LocalDateTime moment, Kind kind, Mark mark) {

    /** What a cell holds, for the ones that are not text or a number: a date, a date and time, a time of day. */
    enum Kind { VALUE, DATE, DATE_TIME, TIME, CLOCK }

    /**
     * What a cell stands out for: nothing, a problem (red: a deduction, 较差, 一票否决, 不参评), a total (bold), or
     * the first row past a quota (red, under a thick red line drawn across the table: the quota line).
     */
    public enum Mark {
        NONE, ALERT, TOTAL, QUOTA_LINE;

        boolean red() {
            return this == ALERT || this == QUOTA_LINE;
        }
    }

    /** Excel holds a time of day as the fraction of a day gone. */
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);
    /** Excel holds at most this many characters in a cell. */
    static final int MAX_TEXT = 32_767;
    /** How a date is shown, and so how wide it is. */
    static final String DATE_PATTERN = "yyyy-mm-dd";
    static final String DATE_TIME_PATTERN = "yyyy-mm-dd hh:mm";
    static final String TIME_PATTERN = "hh:mm";
    static final String CLOCK_PATTERN = "hh:mm:ss";

    /** The number formats of the reports: counts, days and hours, points and money, the attendance factor. */
    public enum Format {
        INTEGER("0", 0), ONE("0.0", 1), TWO("0.00", 2), FOUR("0.0000", 4),
        /** Yuan with thousands separators: 4,753.06. */
        MONEY("#,##0.00", 2);

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
        return new XlsxCell(safe(value), null, null, null, Kind.VALUE, Mark.NONE);
    }

    public static XlsxCell number(BigDecimal value, Format format) {
        return value == null ? empty()
                : new XlsxCell(null, value.setScale(format.scale, RoundingMode.HALF_UP), format, null, Kind.VALUE,
                        Mark.NONE);
    }

    public static XlsxCell integer(long value) {
        return new XlsxCell(null, BigDecimal.valueOf(value), Format.INTEGER, null, Kind.VALUE, Mark.NONE);
    }

    /** A real date cell (sortable and filterable by month in Excel), shown as 2026-10-09. */
    public static XlsxCell date(LocalDate value) {
        return value == null ? empty() : new XlsxCell(null, null, null, value.atStartOfDay(), Kind.DATE, Mark.NONE);
    }

    /** A real date-and-time cell, shown as 2026-10-09 08:31. */
    public static XlsxCell dateTime(LocalDateTime value) {
        return value == null ? empty() : new XlsxCell(null, null, null, value, Kind.DATE_TIME, Mark.NONE);
    }

    /** A real time-of-day cell (a fraction of a day in Excel), shown as 08:31. */
    public static XlsxCell time(LocalTime value) {
        return timeOfDay(value, Kind.TIME);
    }

    /** A clock reading to the second, as a punch is recorded: 08:31:07. */
    public static XlsxCell clock(LocalTime value) {
        return timeOfDay(value, Kind.CLOCK);
    }

    private static XlsxCell timeOfDay(LocalTime value, Kind kind) {
        return value == null ? empty() : new XlsxCell(null, BigDecimal.valueOf(value.toSecondOfDay())
                .divide(SECONDS_A_DAY, 10, RoundingMode.HALF_UP), null, null, kind, Mark.NONE);
    }

    public static XlsxCell empty() {
        return new XlsxCell(null, null, null, null, Kind.VALUE, Mark.NONE);
    }

    /** The same cell standing out as a problem (red), or as a total (bold). */
    public XlsxCell marked(Mark as) {
        return new XlsxCell(text, number, format, moment, kind, as);
    }

    /** Marked as a problem when {@code problem} is true. */
    public XlsxCell alertIf(boolean problem) {
        return problem ? marked(Mark.ALERT) : this;
    }

    boolean isNumber() {
        return number != null;
    }

    boolean isMoment() {
        return moment != null;
    }

    boolean isEmpty() {
        return text == null && number == null && moment == null;
    }

    /** How the cell looks before its mark. */
    Look look() {
        return switch (kind) {
            case VALUE -> isNumber() ? Look.of(format) : Look.TEXT;
            case DATE -> Look.DATE;
            case DATE_TIME -> Look.DATE_TIME;
            case TIME -> Look.TIME;
            case CLOCK -> Look.CLOCK;
        };
    }

    /** What Excel shows, for sizing the column. */
    String shown() {
        if (kind != Kind.VALUE) {
            return look().pattern();
        }
        // a separator every three digits
        return isNumber() ? number.toPlainString() + (format == Format.MONEY ? ",,," : "") : text == null ? "" : text;
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
