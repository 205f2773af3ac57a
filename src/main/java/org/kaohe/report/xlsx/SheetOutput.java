package org.kaohe.report.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Where an {@link XlsxSheet} puts its cells: rows arrive top to bottom, each row's cells left to right. */
interface SheetOutput {

    void text(int row, int column, String text, Look look);

    void number(int row, int column, double value, Look look);

    void date(int row, int column, LocalDate date);

    /** Keeps the rows above {@code rows} in view while scrolling. */
    void freeze(int rows);

    /** The columns' widths in characters; given once, before rows may leave memory. */
    void widths(int[] widths);

    /** A row is complete: the output may now write the rows so far out of memory. */
    void rowDone(int row) throws IOException;

    /** No more rows; the autofilter over the table, when {@code filter} is true. */
    void finish(boolean filter, int firstRow, int lastRow, int lastColumn) throws IOException;

    /** The sheet's XSSF side, where charts go; only a workbook made for charts has one. */
    default XSSFSheet chartSheet() {
        throw new UnsupportedOperationException("this workbook is not made for charts");
    }
}
