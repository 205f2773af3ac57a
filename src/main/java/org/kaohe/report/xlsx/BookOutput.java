package org.kaohe.report.xlsx;

import java.io.IOException;
import java.util.List;

/** The file an {@link XlsxBook} is written to, and how. */
interface BookOutput extends AutoCloseable {

    /**
     * A new sheet with a name valid for Excel; in the place {@link #reserve} kept for it if it has one.
     */
    SheetOutput sheet(String name);

    /**
     * Keeps the places of sheets, in this order, that will be made on several threads at once: their order in the
     * file is then not the order in which the threads come to them.
     */
    default void reserve(List<String> names) {
        throw new UnsupportedOperationException("only a streamed workbook is filled on several threads");
    }

    /** A sheet failed while others were filled at once: none of them may wait for another any longer. */
    default void abandon() {
    }

    /** Completes the file; every sheet is finished. */
    void save() throws IOException;

    @Override
    void close() throws IOException;
}
