package org.kaohe.report.xlsx;

import java.time.LocalDateTime;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A sheet of a {@link PoiBook}; SXSSF moves its rows out of memory by itself. */
final class PoiSheet implements SheetOutput {

    private final SXSSFSheet sheet;
    private final Map<Integer, CellStyle> styles;
    private Row row;

    /** @param styles the book's styles by {@link Look#code} */
    PoiSheet(SXSSFSheet sheet, Map<Integer, CellStyle> styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    @Override
    public void text(int row, int column, String text, Look look, XlsxCell.Mark mark) {
        cell(row, column, look, mark).setCellValue(text);
    }

    @Override
    public void number(int row, int column, double value, Look look, XlsxCell.Mark mark) {
        cell(row, column, look, mark).setCellValue(value);
    }

    @Override
    public void moment(int row, int column, LocalDateTime moment, Look look, XlsxCell.Mark mark) {
        cell(row, column, look, mark).setCellValue(moment);
    }

    private Cell cell(int rowIndex, int column, Look look, XlsxCell.Mark mark) {
        if (row == null || row.getRowNum() != rowIndex) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.get(look.code(mark)));
        return cell;
    }

    @Override
    public void freeze(int rows, int columns) {
        sheet.createFreezePane(columns, rows);
    }

    @Override
    public void print(int lastTitleRow, int keyColumns, String footer) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, lastTitleRow, -1, -1));
        if (keyColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
        }
        // in the same font codes fastexcel writes, so both kinds of workbook print their page numbers alike
        sheet.getFooter().setCenter("&\"" + Look.FOOTER_FONT + ",Regular\"&" + Look.FOOTER_POINTS + "&K000000" + footer);
    }

    @Override
    public void onePage() {
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    @Override
    public void height(int row, int points) {
        sheet.getRow(row).setHeightInPoints(points);
    }

    @Override
    public void widths(int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    @Override
    public void rowDone(int row) {
        // SXSSF keeps its own window of rows
    }

    @Override
    public void finish(boolean filter, int firstRow, int lastRow, int lastColumn) {
        if (filter) {
            sheet.setAutoFilter(new CellRangeAddress(firstRow, lastRow, 0, lastColumn));
        }
    }

    @Override
    public XSSFSheet chartSheet() {
        return sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
    }
}
