package org.kaohe.report;

import org.kaohe.common.Messages;
import org.kaohe.input.Rejection;

/**
 * A raw input value (or a reason quoting one) as it can be shown in a terminal or a spreadsheet cell: control characters (NUL bytes of a
 * corrupt device log) made visible as U+FFFD, and a long value cut to its first characters with its full length
 * stated (Excel holds at most 32,767 characters in a cell).
 */
public final class ShownValue {

    private static final int LIMIT = Rejection.KEPT;

    private ShownValue() {
    }

    /** The rejected value: its kept start, and its full length when it was cut on reading. */
    public static String of(Rejection r, Messages m) {
        String shown = of(r.value(), m);
        return r.cut() ? m.get("report.value_cut", shown, String.valueOf(r.valueLength())) : shown;
    }

    public static String of(String raw, Messages m) {
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), LIMIT));
        for (int i = 0; i < raw.length() && i < LIMIT; i++) {
            char c = raw.charAt(i);
            sb.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return raw.length() <= LIMIT ? sb.toString()
                : m.get("report.value_cut", sb.toString(), String.valueOf(raw.length()));
    }
}
