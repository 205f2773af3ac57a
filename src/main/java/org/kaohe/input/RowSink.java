package org.kaohe.input;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/** Receives the rows of one input kind as they are read, one at a time (so memory never holds a whole file). */
public interface RowSink {

    void row(RawRow row);

    /** A non-fatal remark about a file or sheet, e.g. an unknown column that is ignored. */
    void warning(SourceRef where, Msg message);
}
