package org.kaohe.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Cells for the reports people open in Excel or WPS: text is always a string cell (never a formula, whatever it
 * starts with), numbers are numbers with a fixed format, dates are date cells, and each column is as wide as its
 * widest value with a Chinese character counted twice (POI's autosize needs the fonts installed and a whole sheet
 * in memory). One instance per workbook; it keeps the styles and each sheet's column widths.
 */
public final class XlsxCells {

    /** Excel's limit for a cell's text. */
    private static final int MAX_TEXT = 32_767;
    private static final int MAX_WIDTH = 60;

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle points;
    private final CellStyle date;
    private final Map<Sheet, int[]> widths = new HashMap<>();

    public XlsxCells(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        text.setWrapText(true);
        integer = formatted("0");
        points = formatted("0.00");
        date = formatted("yyyy-mm-dd");
    }

    public Workbook workbook() {
        return workbook;
    }

    public void title(Sheet sheet, int row, String value) {
        Cell c = row(sheet, row).createCell(0);
        c.setCellValue(safe(value));
        c.setCellStyle(title);
    }

    /** A plain line of text (a note under a table), not counted in the column widths. */
    public void note(Sheet sheet, int row, String value) {
        row(sheet, row).createCell(0).setCellValue(safe(value));
    }

    /** A table's header row, bold on grey, its names counted in the column widths. */
    public void header(Sheet sheet, int row, List<String> names) {
        Row r = row(sheet, row);
        for (int i = 0; i < names.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(safe(names.get(i)));
            c.setCellStyle(header);
            track(sheet, i, names.get(i));
        }
    }

    /** Freezes the rows down to the header and puts a filter on the table from its header row to its last row. */
    public void table(Sheet sheet, int headerRow, int lastRow, int columns) {
        sheet.createFreezePane(0, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns - 1));
        }
    }

    public void text(Row row, int col, String value) {
        Cell c = row.createCell(col);
        c.setCellValue(safe(value == null ? "" : value));
        c.setCellStyle(text);
        track(row.getSheet(), col, value);
    }

    public void integer(Row row, int col, long value) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(integer);
        track(row.getSheet(), col, Long.toString(value));
    }

    /** Points, days and scores: two decimals shown, the exact value kept. */
    public void points(Row row, int col, BigDecimal value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
            track(row.getSheet(), col, Numbers.points(value));
        }
        c.setCellStyle(points);
    }

    public void date(Row row, int col, LocalDate value) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(date);
        track(row.getSheet(), col, "2026-10-31");
    }

    public Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    /** Sets the tracked column widths of a sheet; call when its rows are written. */
    public void fitColumns(Sheet sheet) {
        int[] w = widths.getOrDefault(sheet, new int[0]);
        for (int i = 0; i < w.length; i++) {
            sheet.setColumnWidth(i, (Math.min(w[i], MAX_WIDTH) + 2) * 256);
        }
    }

    /** Display width: a CJK or full-width character takes two columns. */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }

    /**
     * Control characters (NUL bytes of a corrupt file) are not allowed in a spreadsheet's XML and are shown as
     * U+FFFD; text longer than a cell holds is cut.
     */
    static String safe(String raw) {
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), MAX_TEXT));
        for (int i = 0; i < raw.length() && i < MAX_TEXT; i++) {
            char c = raw.charAt(i);
            sb.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
        }
        return sb.toString();
    }

    private void track(Sheet sheet, int col, String value) {
        if (value == null) {
            return;
        }
        int[] w = widths.get(sheet);
        if (w == null || w.length <= col) {
            int[] grown = new int[col + 1];
            if (w != null) {
                System.arraycopy(w, 0, grown, 0, w.length);
            }
            w = grown;
            widths.put(sheet, w);
        }
        w[col] = Math.max(w[col], displayWidth(value));
    }

    private CellStyle bordered() {
        CellStyle s = workbook.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private CellStyle formatted(String format) {
        CellStyle s = bordered();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }
}
