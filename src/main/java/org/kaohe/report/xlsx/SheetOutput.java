package org.kaohe.report.xlsx;

import java.io.IOException;
import java.time.LocalDateTime;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Where an {@link XlsxSheet} puts its cells: rows arrive top to bottom, each row's cells left to right. */
interface SheetOutput {

    void text(int row, int column, String text, Look look, XlsxCell.Mark mark);

    void number(int row, int column, double value, Look look, XlsxCell.Mark mark);

    /** A date, or a date and time, as {@code look} shows it. */
    void moment(int row, int column, LocalDateTime moment, Look look, XlsxCell.Mark mark);

    /** The row's height in points, for text wrapped over several lines; before the row's {@link #rowDone}. */
    void height(int row, int points);

    /** Keeps the rows above {@code rows} and the columns left of {@code columns} in view while scrolling. */
    void freeze(int rows, int columns);

    /**
     * Prints on A4 landscape, one page wide, rows {@code 0..lastTitleRow} and columns {@code 0..keyColumns-1} on
     * every page, {@code footer} (with Excel's &amp;P and &amp;N) centred at the foot of each page.
     */
    void print(int lastTitleRow, int keyColumns, String footer);

    /** Prints the whole sheet on one page: a sheet with a chart, which must never be cut. */
    void onePage();

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
