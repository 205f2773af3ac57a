package org.kaohe.report.xlsx;

/**
 * How a cell of a report workbook looks: the title of a report page, a plain line under it, a table header, text (formatted as text so
 * Excel never reads it as a number or date, wrapped within its column), a date, a date and time, a time of day, or a
 * number in one of the formats of {@link XlsxCell.Format}. Table cells are bordered like a printed form; a cell's
 * {@link XlsxCell.Mark} adds red for a problem or bold for a total on top of its look.
 */
enum Look {
    TITLE, PLAIN, HEADER, TEXT, DATE, DATE_TIME, TIME, CLOCK, INTEGER, ONE, TWO, FOUR, MONEY;

    /** A title is 14 points. */
    static final short TITLE_POINTS = 14;
    /** The header's fill, Excel's 25 % grey. */
    static final String HEADER_FILL = "C0C0C0";
    /** A problem's font colour (deductions, 较差, 一票否决, 不参评), Excel's dark red. */
    static final String ALERT_COLOUR = "C00000";
    /** The height of a line of the body's 11-point text, in points: a row of n lines is n times as tall. */
    static final double LINE_POINTS = 15;
    /** The page footer's font: the body's, smaller. */
    static final String FOOTER_FONT = "Calibri";
    static final int FOOTER_POINTS = 9;

    static Look of(XlsxCell.Format format) {
        return switch (format) {
            case INTEGER -> INTEGER;
            case ONE -> ONE;
            case TWO -> TWO;
            case FOUR -> FOUR;
            case MONEY -> MONEY;
        };
    }

    boolean bold() {
        return this == TITLE || this == HEADER;
    }

    /** Only the header is filled, with {@link #HEADER_FILL}. */
    boolean filled() {
        return this == HEADER;
    }

    /** The workbook's default look: nothing to set. */
    boolean plain() {
        return this == PLAIN;
    }

    /** The cells of a table, header included, have thin borders all round. */
    boolean bordered() {
        return this != TITLE && this != PLAIN;
    }

    /** Text wraps within its column, so a long reason is read in full rather than cut by the next cell. */
    boolean wrapped() {
        return this == TEXT || this == HEADER;
    }

    /** The number format of the look, or null for the default (General). */
    String pattern() {
        return switch (this) {
            case TITLE, PLAIN -> null;
            case HEADER, TEXT -> "@";
            case DATE -> XlsxCell.DATE_PATTERN;
            case DATE_TIME -> XlsxCell.DATE_TIME_PATTERN;
            case TIME -> XlsxCell.TIME_PATTERN;
            case CLOCK -> XlsxCell.CLOCK_PATTERN;
            case INTEGER -> XlsxCell.Format.INTEGER.pattern();
            case ONE -> XlsxCell.Format.ONE.pattern();
            case TWO -> XlsxCell.Format.TWO.pattern();
            case FOUR -> XlsxCell.Format.FOUR.pattern();
            case MONEY -> XlsxCell.Format.MONEY.pattern();
        };
    }

    /** Body cells sit at the top of their row, beside cells whose long text wraps. */
    boolean top() {
        return this != TITLE && this != PLAIN && this != HEADER;
    }

    /** The look with a mark, as one small number from 1: where {@link FastStyles} keeps its style's index. */
    int code(XlsxCell.Mark mark) {
        return ordinal() * XlsxCell.Mark.values().length + mark.ordinal() + 1;
    }

    static Look ofCode(int code) {
        return values()[(code - 1) / XlsxCell.Mark.values().length];
    }

    static XlsxCell.Mark markOfCode(int code) {
        return XlsxCell.Mark.values()[(code - 1) % XlsxCell.Mark.values().length];
    }
}
