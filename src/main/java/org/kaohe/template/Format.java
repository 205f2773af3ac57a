package org.kaohe.template;

/** How a template column is typed: its cell format, and what the 说明 sheet says about it. */
enum Format {
    /** Text cells, so 工号 0012 keeps its zeros and 1001 is never a number. */
    TEXT("@"),
    DATE("yyyy-mm-dd"),
    TIME("hh:mm"),
    DATE_TIME("yyyy-mm-dd hh:mm"),
    /**
     * A date, or a date and a time, as text: a date cell would hide a time typed into it, and a date-time cell
     * would show a bare end date as 00:00 although it means the whole day.
     */
    DATE_OR_DATE_TIME("@"),
    DECIMAL("0.00"),
    YES_NO("@"),
    CHOICE("@");

    private final String cellFormat;

    Format(String cellFormat) {
        this.cellFormat = cellFormat;
    }

    String cellFormat() {
        return cellFormat;
    }

    boolean hasList() {
        return this == YES_NO || this == CHOICE;
    }
}
