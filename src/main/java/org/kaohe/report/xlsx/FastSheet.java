package org.kaohe.report.xlsx;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

/**
 * A sheet of a {@link FastBook}. Styling each cell on its own costs fastexcel more than writing it, so the looks of
 * the rows still in memory are noted and applied one call per block of equal looks, just before the rows are
 * written out; after the widths are known that happens every {@value #ROWS_IN_MEMORY} rows, when the sheet has the
 * book's {@link ZipTurn}. A sheet filled while another has the turn keeps its rows until it gets it.
 */
final class FastSheet implements SheetOutput {

    private static final int ROWS_IN_MEMORY = 1000;

    private final Worksheet sheet;
    private final ZipTurn turn;
    private final int columns;
    /** The looks of the rows in memory, from {@code firstRow}: one byte per column, 0 for no cell. */
    private final List<byte[]> looks = new ArrayList<>();
    private int firstRow;
    private boolean widthsGiven;

    FastSheet(Worksheet sheet, ZipTurn turn, int columns) {
        this.sheet = sheet;
        this.turn = turn;
        this.columns = Math.max(columns, 1);
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
        if (look.plain() && mark == XlsxCell.Mark.NONE) {
            return;
        }
        while (looks.size() <= row - firstRow) {
            looks.add(null);
        }
        byte[] line = looks.get(row - firstRow);
        if (line == null) {
            line = new byte[columns];
            looks.set(row - firstRow, line);
        }
        line[column] = (byte) look.code(mark);
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
        if (widthsGiven && looks.size() >= ROWS_IN_MEMORY && turn.tryTake(this)) {
            flush(row + 1);
        }
    }

    private void flush(int nextRow) throws IOException {
        applyLooks();
        sheet.flush();
        looks.clear();
        firstRow = nextRow;
    }

    /** Styles the rows in memory: one range per block of equal looks spanning the same rows in adjacent columns. */
    private void applyLooks() {
        Map<Run, Integer> open = Map.of();   // runs of the previous column, with the column each began in
        for (int c = 0; c <= columns; c++) {
            Map<Run, Integer> continued = new HashMap<>();
            for (Run run : c < columns ? runs(c) : List.<Run>of()) {
                continued.put(run, open.getOrDefault(run, c));
            }
            for (Map.Entry<Run, Integer> e : open.entrySet()) {
                if (!continued.containsKey(e.getKey())) {
                    style(e.getKey(), e.getValue(), c - 1);
                }
            }
            open = continued;
        }
    }

    /** The column's runs of rows with the same look, top to bottom. */
    private List<Run> runs(int column) {
        List<Run> runs = new ArrayList<>();
        int runStart = 0;
        byte current = 0;
        for (int i = 0; i <= looks.size(); i++) {
            byte look = i < looks.size() ? lookAt(i, column) : 0;
            if (look != current) {
                if (current != 0) {
                    runs.add(new Run(firstRow + runStart, firstRow + i - 1, current));
                }
                current = look;
                runStart = i;
            }
        }
        return runs;
    }

    /** Rows of a column with the same look and mark, as {@link Look#code}. */
    private record Run(int top, int bottom, byte code) {
    }

    private byte lookAt(int i, int column) {
        byte[] line = looks.get(i);
        return line == null ? 0 : line[column];
    }

    private void style(Run run, int left, int right) {
        Look look = Look.ofCode(run.code());
        XlsxCell.Mark mark = Look.markOfCode(run.code());
        StyleSetter s = sheet.range(run.top(), left, run.bottom(), right).style();
        if (look.bold() || mark == XlsxCell.Mark.TOTAL) {
            s.bold();
        }
        if (mark.red()) {
            s.fontColor(Look.ALERT_COLOUR);
        }
        if (look.bordered()) {
            s.borderStyle(BorderStyle.THIN);
        }
        if (mark == XlsxCell.Mark.QUOTA_LINE) {
            s.borderStyle(BorderSide.TOP, BorderStyle.THICK);
            s.borderColor(BorderSide.TOP, Look.ALERT_COLOUR);
        }
        if (look.wrapped()) {
            s.wrapText(true);
        }
        if (look == Look.TITLE) {
            s.fontSize(Look.TITLE_POINTS);
        }
        if (look.filled()) {
            s.fillColor(Look.HEADER_FILL);
        }
        if (look.pattern() != null) {
            s.format(look.pattern());
        }
        if (look.top()) {
            s.verticalAlignment("top");
        }
        s.set();
    }

    @Override
    public void finish(boolean filter, int tableTop, int lastRow, int lastColumn) throws IOException {
        if (filter) {
            sheet.setAutoFilter(tableTop, 0, lastRow, lastColumn);
        }
        turn.take(this);
        applyLooks();
        sheet.finish();
        looks.clear();
        turn.release(this);
    }
}
