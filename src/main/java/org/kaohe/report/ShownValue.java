package org.kaohe.report;

import org.kaohe.common.Messages;
import org.kaohe.common.Printable;
import org.kaohe.input.Rejection;

/**
 * A rejected row as a terminal or a spreadsheet cell may show it: hidden characters (NUL bytes of a corrupt device
 * log, ESC, bidi controls) {@link Printable#escaped escaped} as {@code <U+0000>}, and a long value (cut to
 * {@link Rejection#KEPT} characters when it was read) shown with its full length stated (Excel holds at most 32,767
 * characters in a cell).
 */
public final class ShownValue {

    private ShownValue() {
    }

    /** The rejected value: its kept start, and its full length when it was cut on reading. */
    public static String of(Rejection r, Messages m) {
        return r.cut() ? m.get("report.value_cut", r.value(), String.valueOf(r.valueLength()))
                : Printable.escaped(r.value());
    }

    /** The rejected value as a line on the console quotes it: its first characters and, when cut, its length. */
    public static String quoted(Rejection r, Messages m) {
        return r.valueLength() > Printable.QUOTED
                ? m.get("report.value_cut", r.value().substring(0, Printable.QUOTED), String.valueOf(r.valueLength()))
                : Printable.escaped(r.value());
    }

    /** The reason a row was rejected: its quoted values were cut and escaped when the message was rendered. */
    public static String reason(Rejection r, Messages m) {
        return m.get(r.reason());
    }
}
