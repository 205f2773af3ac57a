package org.kaohe.input;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/** Receives the rows of one input kind as they are read, one at a time (so memory never holds a whole file). */
public interface RowSink {

    void row(RawRow row);

    /**
     * A row the reader itself found unusable before it could split it into cells (a device log's line of binary
     * garbage or NUL padding): reported like a row a binder rejects, and the rest of the file is still read.
     */
    void rejected(Rejection rejection);

    /** A non-fatal remark about a file or sheet, e.g. an unknown column that is ignored. */
    void warning(SourceRef where, Msg message);
}
