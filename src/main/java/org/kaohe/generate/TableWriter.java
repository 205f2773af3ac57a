package org.kaohe.generate;

import java.io.Closeable;
import java.io.IOException;

/**
 * One generated input file, written row by row. Cells are {@link String}s, or {@link java.time.LocalDate} /
 * {@link java.time.LocalDateTime} / {@link java.time.LocalTime} values that a CSV writes as ISO text and a workbook
 * as date cells, the way an attendance machine's export or an HR spreadsheet holds them.
 */
interface TableWriter extends Closeable {

    void row(Object... cells) throws IOException;

    /** Rows written so far, the header not counted. */
    long rows();
}
