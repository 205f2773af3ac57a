package org.kaohe.input;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * A row that broke a rule: where it is, which column (the header as the file shows it), the raw value and the
 * reason. Rejected rows are reported, never silently fixed or dropped.
 *
 * <p>A value longer than {@link #KEPT} characters (a line of binary garbage, a whole file in one cell) is kept cut,
 * with its full length in {@code valueLength}: no report shows more of it, and a corrupt file must not fill the
 * memory with its rejected rows.
 */
public record Rejection(SourceRef source, String column, String value, int valueLength, Msg reason) {

    /** As much of a value as any report shows. */
    public static final int KEPT = 200;

    public Rejection(SourceRef source, String column, String value, Msg reason) {
        // substring copies: the cut value does not hold on to the whole
        this(source, column, value.length() <= KEPT ? value : value.substring(0, KEPT), value.length(), reason);
    }

    /** Whether {@link #value()} is only the start of what the cell held. */
    public boolean cut() {
        return valueLength > value.length();
    }
}
