package org.kaohe.report.xlsx;

import java.io.IOException;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.CellStyleIndex;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Worksheet;

/**
 * A sheet of a {@link FastBook}. Each cell gets its look's style as it is written; the rows are written out every
 * {@value #ROWS_IN_MEMORY} rows after the widths are known, when the sheet has the book's {@link ZipTurn}. A sheet
 * filled while another has the turn keeps its rows until it gets it.
 */
final class FastSheet implements SheetOutput {

    private static final int ROWS_IN_MEMORY = 1000;

    private final Worksheet sheet;
    private final ZipTurn turn;
    private final FastStyles styles;
    /** The first row not yet written out. */
    private int firstRow;
    private boolean widthsGiven;

    FastSheet(Worksheet sheet, ZipTurn turn, FastStyles styles) {
        this.sheet = sheet;
        this.turn = turn;
        this.styles = styles;
    }

    @Override
    public void text(int row, int column, String text, Look look, XlsxCell.Mark mark) {
        sheet.inlineString(row, column, text);
        note(row, column, look, mark);
    }

    @Override
    public void number(int row, int column, double value, Look look, XlsxCell.Mark mark) {
        sheet.value(row, column, value);
        note(row, column, look, mark);
    }

    @Override
    public void moment(int row, int column, LocalDateTime moment, Look look, XlsxCell.Mark mark) {
        sheet.value(row, column, moment);
        note(row, column, look, mark);
    }

    private void note(int row, int column, Look look, XlsxCell.Mark mark) {
        if (!look.plain() || mark != XlsxCell.Mark.NONE) {
            CellStyleIndex.setStyle(sheet, row, column, styles.indexOf(look.code(mark)));
        }
    }

    @Override
    public void lines(int row, int lines) {
        sheet.rowHeight(row, lines * Look.LINE_POINTS);
    }

    @Override
    public void freeze(int rows, int columns) {
        sheet.freezePane(columns, rows);
    }

    @Override
    public void print(int lastTitleRow, int keyColumns, String footer) {
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0, lastTitleRow);
        if (keyColumns > 0) {
            sheet.repeatCols(0, keyColumns - 1);
        }
        sheet.footer(footer, Position.CENTER, Look.FOOTER_FONT, Look.FOOTER_POINTS);
    }

    @Override
    public void onePage() {
        sheet.fitToHeight((short) 1);
    }

    @Override
    public void widths(int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
        widthsGiven = true;
    }

    @Override
    public void rowDone(int row) throws IOException {
        if (widthsGiven && row - firstRow + 1 >= ROWS_IN_MEMORY && turn.tryTake(this)) {
            sheet.flush();
            firstRow = row + 1;
        }
    }

    @Override
    public void finish(boolean filter, int tableTop, int lastRow, int lastColumn) throws IOException {
        if (filter) {
            sheet.setAutoFilter(tableTop, 0, lastRow, lastColumn);
        }
        turn.take(this);
        sheet.finish();
        turn.release(this);
    }
}
