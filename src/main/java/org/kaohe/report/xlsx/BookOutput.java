package org.kaohe.report.xlsx;

import java.io.IOException;

/** The file an {@link XlsxBook} is written to, and how. */
interface BookOutput extends AutoCloseable {

    /** A new sheet with a name valid for Excel, for a table of {@code columns} columns. */
    SheetOutput sheet(String name, int columns);

    /** Completes the file; every sheet is finished. */
    void save() throws IOException;

    @Override
    void close() throws IOException;
}
