package org.kaohe.report.xlsx;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table of a report workbook, perhaps under a title and lines of text: a header row that stays frozen, rows
 * written top to bottom (streamed: only the last rows stay in memory), notes under the table, and on
 * {@link XlsxBook#save} an autofilter over the table and column widths that fit the longest value of the table,
 * counting a Chinese character as two widths.
 */
public final class XlsxSheet {

    /** Widest column, in characters: long reasons wrap in Excel's cell editor rather than make the sheet unusable. */
    private static final int MAX_WIDTH = 80;
    /** Room for the autofilter's drop-down arrow beside a header. */
    private static final int FILTER_ARROW = 3;

    private final SXSSFSheet sheet;
    private final XlsxBook.Styles styles;
    private final int columns;
    private final int[] widths;
    private final int headerRow;
    private int nextRow;
    private int lastTableRow;
    private boolean filtered = true;

    XlsxSheet(SXSSFSheet sheet, XlsxBook.Styles styles, List<String> header) {
        this(sheet, styles, null, List.of(), header);
    }

    /** With a title: the title, the lines, a blank row, then the header. */
    XlsxSheet(SXSSFSheet sheet, XlsxBook.Styles styles, String title, List<String> lines, List<String> header) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = header.size();
        this.widths = new int[columns];
        if (title != null) {
            line(title).setCellStyle(styles.title());
            lines.forEach(this::line);
            nextRow++;
        }
        headerRow = nextRow;
        lastTableRow = headerRow;
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(XlsxCell.safe(header.get(i)));
            cell.setCellStyle(styles.header());
            widths[i] = displayWidth(header.get(i)) + FILTER_ARROW;
        }
        sheet.createFreezePane(0, headerRow + 1);
    }

    /**
     * No autofilter, for a table that ends in a total row or has a chart over its rows: sorting would move the total
     * among the sections and the bars off their rows.
     */
    public XlsxSheet withoutFilter() {
        filtered = false;
        return this;
    }

    public void row(XlsxCell... cells) {
        row(Arrays.asList(cells));
    }

    public void row(List<XlsxCell> cells) {
        if (cells.size() > columns) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns + " columns");
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            XlsxCell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (c.isNumber()) {
                cell.setCellValue(c.number().doubleValue());
                cell.setCellStyle(styles.number(c.format()));
            } else if (c.isDate()) {
                cell.setCellValue(c.date());
                cell.setCellStyle(styles.date());
            } else {
                // a String value makes a string cell: text starting with = + - @ is never a formula
                cell.setCellValue(c.text());
                cell.setCellStyle(styles.text());
            }
            widths[i] = Math.max(widths[i], displayWidth(c.shown()));
        }
        lastTableRow = row.getRowNum();
    }

    /**
     * A line of text under the table after a blank row (what the table counts and what it leaves out): outside the
     * filter, and not widening the first column, as it runs on over the empty cells to its right.
     */
    public void note(String text) {
        nextRow++;
        line(text);
    }

    private Cell line(String text) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(XlsxCell.safe(text));
        return cell;
    }

    /** The sheet's XSSF side, where charts go: SXSSF's own drawing cannot make them. */
    public XSSFSheet chartSheet() {
        return sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    /** The index of the next row: the rows written so far, title, lines, blank rows and header included. */
    public int rows() {
        return nextRow;
    }

    void finish() {
        if (filtered) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastTableRow, 0, columns - 1));
        }
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
        }
    }

    /**
     * The width of a text in Excel's character units: Chinese, Japanese and Korean characters and full-width forms
     * take two, everything else one.
     */
    public static int displayWidth(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
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
