package org.kaohe.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook with POI's streaming {@link SXSSFWorkbook} (a window of rows in memory, the rest in compressed
 * temporary files). A sheet holds at most 1,048,576 rows, header included; more rows continue on a new sheet with
 * the same header, as a machine export split by hand would.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int MAX_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final int maxRowsPerSheet;
    private final Path file;
    private final String sheetName;
    private final List<String> header;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle dateTimeStyle;
    private final CellStyle dateStyle;
    private final CellStyle timeStyle;
    private Sheet sheet;
    private int nextRow;
    private int sheets;
    private long rows;

    XlsxTableWriter(Path file, String sheetName, List<String> header) {
        this(file, sheetName, header, MAX_ROWS_PER_SHEET);
    }

    /** With fewer rows a sheet than Excel allows, so a test can see a sheet fill up. */
    XlsxTableWriter(Path file, String sheetName, List<String> header, int maxRowsPerSheet) {
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.file = file;
        this.sheetName = sheetName;
        this.header = header;
        workbook.setCompressTempFiles(true);
        dateTimeStyle = style("yyyy-mm-dd hh:mm:ss");
        dateStyle = style("yyyy-mm-dd");
        timeStyle = style("hh:mm");
        newSheet();
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? sheetName : sheetName + sheets);
        nextRow = 0;
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(header.get(i));
        }
    }

    @Override
    public void row(Object... cells) {
        if (nextRow == maxRowsPerSheet) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            Cell cell = row.createCell(i);
            Object value = cells[i];
            if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateTimeStyle);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof LocalTime t) {
                // Excel holds a time of day as a fraction of a day
                cell.setCellValue(t.toSecondOfDay() / 86_400.0);
                cell.setCellStyle(timeStyle);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
            }
        }
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
