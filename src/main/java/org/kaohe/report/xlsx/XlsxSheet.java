package org.kaohe.report.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table of a report workbook, perhaps under a title and lines of text: a header row that stays frozen, rows
 * written top to bottom (streamed: only the last rows stay in memory), notes under the table, and an autofilter over
 * the table. Column widths fit the longest value of the header and the first {@value #ROWS_SIZING_COLUMNS} rows,
 * counting a Chinese character as two widths: the widths go before the rows in the file, so a table of 100,000
 * people cannot wait for its last row to know them. Every sheet prints on A4 landscape, one page wide, with the
 * title and header rows on every page and a page number at the foot.
 */
public final class XlsxSheet {

    /** Widest column, in characters: longer text wraps within it, so a printed page keeps its columns readable. */
    private static final int MAX_WIDTH = 50;
    /** Room for the autofilter's drop-down arrow beside a header. */
    private static final int FILTER_ARROW = 3;
    static final int ROWS_SIZING_COLUMNS = 1000;
    /**
     * A wrapped line holds more than its width counts: a Chinese character is drawn narrower than two digits, so a
     * row sized by two widths a character came out a line too high.
     */
    private static final double WRAP_FILL = 0.85;
    /** Excel's tallest row is 409 points: 27 lines of body text. */
    private static final int MAX_LINES = 27;

    private final SheetOutput output;
    private final int columns;
    private final int[] widths;
    private final int headerRow;
    private final String footer;
    private int nextRow;
    private int lastTableRow;
    private boolean widthsGiven;
    private boolean filtered = true;
    private boolean finished;

    /**
     * With a title (or none when null): the title, the lines, a blank row, then the header; printed with
     * {@code footer} on each page.
     */
    XlsxSheet(SheetOutput output, String title, List<String> lines, List<String> header, String footer) {
        this.output = output;
        this.footer = footer;
        this.columns = header.size();
        this.widths = new int[columns];
        if (title != null) {
            line(title, Look.TITLE);
            lines.forEach(l -> line(l, Look.PLAIN));
            nextRow++;
        }
        headerRow = nextRow;
        lastTableRow = headerRow;
        int headerLines = 1;
        for (int i = 0; i < columns; i++) {
            output.text(nextRow, i, XlsxCell.safe(header.get(i)), Look.HEADER, XlsxCell.Mark.NONE);
            widths[i] = displayWidth(header.get(i)) + FILTER_ARROW;
            headerLines = Math.max(headerLines, lines(header.get(i)));
        }
        tall(nextRow, headerLines);
        nextRow++;
        keyColumns(0);
    }

    /**
     * The first {@code columns} columns (工号, 姓名) stay in view while scrolling right and are printed on every
     * page, as the title and header rows are.
     */
    public XlsxSheet keyColumns(int columns) {
        output.freeze(headerRow + 1, columns);
        output.print(headerRow, columns, footer);
        return this;
    }

    /** Printed on a single page, for a small table with a chart that must not be cut across pages. */
    public XlsxSheet onePage() {
        output.onePage();
        return this;
    }

    /**
     * No autofilter, for a table that ends in a total row or has a chart over its rows: sorting would move the total
     * among the sections and the bars off their rows.
     */
    public XlsxSheet withoutFilter() {
        filtered = false;
        if (lastTableRow == headerRow) {
            // no row yet: the widths are the header's, which need no room for a filter arrow
            for (int i = 0; i < columns; i++) {
                widths[i] -= FILTER_ARROW;
            }
        }
        return this;
    }

    public void row(XlsxCell... cells) {
        row(Arrays.asList(cells));
    }

    public void row(List<XlsxCell> cells) {
        if (cells.size() > columns) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns + " columns");
        }
        if (finished) {
            throw new IllegalStateException("the sheet is finished: a later sheet was started");
        }
        int row = nextRow++;
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            XlsxCell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            lines = Math.max(lines, lines(c, i));
            if (c.isNumber()) {
                output.number(row, i, c.number().doubleValue(), c.look(), c.mark());
            } else if (c.isMoment()) {
                output.moment(row, i, c.moment(), c.look(), c.mark());
            } else {
                // written as a string cell: text starting with = + - @ is never a formula
                output.text(row, i, c.text(), Look.TEXT, c.mark());
            }
            if (!widthsGiven) {
                widths[i] = Math.max(widths[i], displayWidth(c.shown()));
            }
        }
        tall(row, lines);
        lastTableRow = row;
        if (row - headerRow == ROWS_SIZING_COLUMNS) {
            giveWidths();
        }
        try {
            output.rowDone(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines a cell's text takes: each line it is broken into, wrapped at its column's width. No spreadsheet
     * program is sure to fit a row's height to its wrapped text when it opens a file (LibreOffice does not), so the
     * height is written: text wider than {@link #MAX_WIDTH} makes its column that wide while the widths are being
     * measured, and once they are given a column keeps its width.
     */
    private int lines(XlsxCell c, int column) {
        if (c.isNumber() || c.isMoment()) {
            return 1;
        }
        int width = widthsGiven ? Math.min(widths[column], MAX_WIDTH) : MAX_WIDTH;
        String text = c.text();
        if (text.indexOf('\n') < 0) {
            // most cells: one short line, without splitting a copy off
            return lineLines(text, width);
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += lineLines(line, width);
        }
        return lines;
    }

    /** The lines one line of text wraps into; a character is at most two widths, so most need no measuring. */
    private static int lineLines(String line, int width) {
        return 2 * line.length() > width ? (int) Math.ceil(displayWidth(line) * WRAP_FILL / width) : 1;
    }

    private void giveWidths() {
        output.widths(Arrays.stream(widths).map(w -> Math.min(w, MAX_WIDTH) + 2).toArray());
        widthsGiven = true;
    }

    /** The lines of a text broken by line feeds. */
    private static int lines(String text) {
        return 1 + (int) text.chars().filter(c -> c == '\n').count();
    }

    /**
     * A row whose text is broken into lines is made as tall as they need: spreadsheet programs do not grow a row
     * for its line breaks by themselves when they open a file. No taller than a spreadsheet's tallest row: the rest
     * of a text longer than that is read in the cell itself.
     */
    private void tall(int row, int lines) {
        if (lines > 1) {
            output.lines(row, Math.min(lines, MAX_LINES));
        }
    }

    /**
     * A line of text under the table after a blank row (what the table counts and what it leaves out): outside the
     * filter, and not widening the first column, as it runs on over the empty cells to its right.
     */
    public void note(String text) {
        nextRow++;
        line(text, Look.PLAIN);
    }

    /** Leaves {@code rows} blank rows (where a chart goes) and returns the first of them. */
    public int space(int rows) {
        int first = nextRow;
        nextRow += rows;
        return first;
    }

    private void line(String text, Look look) {
        output.text(nextRow++, 0, XlsxCell.safe(text), look, XlsxCell.Mark.NONE);
    }

    /** The sheet's XSSF side, where charts go: only in a book made {@link XlsxBook#withCharts}. */
    public XSSFSheet chartSheet() {
        return output.chartSheet();
    }

    /** The index of the next row: the rows written so far, title, lines, blank rows and header included. */
    public int rows() {
        return nextRow;
    }

    void finish() throws IOException {
        if (finished) {
            return;
        }
        if (!widthsGiven) {
            giveWidths();
        }
        output.finish(filtered, headerRow, lastTableRow, columns - 1);
        finished = true;
    }

    /**
     * The width of a text in Excel's character units: Chinese, Japanese and Korean characters and full-width forms
     * take two, everything else one; a text broken into lines is as wide as its longest line.
     */
    public static int displayWidth(String text) {
        int widest = 0;
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                widest = Math.max(widest, width);
                width = 0;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                width += wide(Character.toCodePoint(c, text.charAt(++i))) ? 2 : 1;
            } else {
                width += c < 0x1100 ? 1 : wide(c) ? 2 : 1;
            }
        }
        return Math.max(widest, width);
    }

    private static boolean wide(int cp) {
        return Character.isIdeographic(cp)
                || (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0xA4CF)      // CJK radicals, punctuation, kana, Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)      // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)      // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)      // CJK compatibility forms
                || (cp >= 0xFF01 && cp <= 0xFF60)      // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
