package org.kaohe.calendar;

import java.util.Optional;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * The working calendar cannot be trusted for the run: a shipped calendar file is unreadable or has a bad row, or the
 * evaluated month has no official calendar. Stops the run, since every working-day count would be wrong.
 */
public class CalendarException extends Exception {

    private final transient Msg reason;
    private final transient SourceRef where;

    public CalendarException(Msg reason) {
        this(reason, null, null);
    }

    public CalendarException(Msg reason, SourceRef where) {
        this(reason, where, null);
    }

    public CalendarException(Msg reason, SourceRef where, Throwable cause) {
        super(where == null ? reason.toString() : where.label() + ": " + reason, cause);
        this.reason = reason;
        this.where = where;
    }

    /** The complete user-visible message (it names the file and row itself when there is one). */
    public Msg reason() {
        return reason;
    }

    /** The shipped file and row at fault, when a row or file is. */
    public Optional<SourceRef> where() {
        return Optional.ofNullable(where);
    }
}
