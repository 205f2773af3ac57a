package org.kaohe.report.xlsx;

/**
 * How a cell of a report workbook looks: the title of a report page, a plain line under it, a table header, text (formatted as text so
 * Excel never reads it as a number or date), a date, or a number in one of the formats of {@link XlsxCell.Format}.
 */
enum Look {
    TITLE, PLAIN, HEADER, TEXT, DATE, INTEGER, ONE, TWO, FOUR;

    /** A title is 14 points. */
    static final short TITLE_POINTS = 14;
    /** The page footer's font: the body's, smaller. */
    static final String FOOTER_FONT = "Calibri";
    static final int FOOTER_POINTS = 9;
    /** The header's fill, Excel's 25 % grey. */
    static final String HEADER_FILL = "C0C0C0";

    static Look of(XlsxCell.Format format) {
        return switch (format) {
            case INTEGER -> INTEGER;
            case ONE -> ONE;
            case TWO -> TWO;
            case FOUR -> FOUR;
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

    /** The number format of the look, or null for the default (General). */
    String pattern() {
        return switch (this) {
            case TITLE, PLAIN -> null;
            case HEADER, TEXT -> "@";
            case DATE -> XlsxCell.DATE_PATTERN;
            case INTEGER -> XlsxCell.Format.INTEGER.pattern();
            case ONE -> XlsxCell.Format.ONE.pattern();
            case TWO -> XlsxCell.Format.TWO.pattern();
            case FOUR -> XlsxCell.Format.FOUR.pattern();
        };
    }

    /** Body cells sit at the top of their row, beside cells whose long text wraps. */
    boolean top() {
        return this != TITLE && this != PLAIN && this != HEADER;
    }
}
