package org.kaohe.input;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * A whole file cannot be used (unreadable format, no header row with the kind's required columns, …). Unlike a
 * rejected row this stops the run: every row of the file would otherwise be lost.
 */
public class InputFileException extends Exception {

    private final transient SourceRef where;
    private final transient Msg reason;

    public InputFileException(SourceRef where, Msg reason, Throwable cause) {
        super(where.label() + ": " + reason, cause);
        this.where = where;
        this.reason = reason;
    }

    public InputFileException(SourceRef where, Msg reason) {
        this(where, reason, null);
    }

    public SourceRef where() {
        return where;
    }

    public Msg reason() {
        return reason;
    }
}
