package org.kaohe.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook written with POI's streaming SXSSF, for the one report with charts (fastexcel cannot draw them):
 * rows beyond the last {@value #ROWS_IN_MEMORY} of a sheet wait in compressed temporary files, which closing the
 * book deletes.
 */
final class PoiBook implements BookOutput {

    private static final int ROWS_IN_MEMORY = 200;

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Map<Look, CellStyle> styles = new EnumMap<>(Look.class);

    PoiBook(Path file) {
        this.file = file;
        // the temporary files hold every cell until close(): compressed they are smaller and not plain text
        workbook.setCompressTempFiles(true);
        for (Look look : Look.values()) {
            styles.put(look, style(look));
        }
    }

    /** Excel limits a workbook to 64,000 styles: one per look, made once. */
    private CellStyle style(Look look) {
        if (look.plain()) {
            return workbook.getCellStyleAt(0);
        }
        CellStyle s = workbook.createCellStyle();
        if (look.bold()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            if (look == Look.TITLE) {
                bold.setFontHeightInPoints(Look.TITLE_POINTS);
            }
            s.setFont(bold);
        }
        if (look.filled()) {
            // POI's indexed colour of the same 25 % grey, which Excel's palette holds
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.pattern() != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(look.pattern()));
        }
        if (look.top()) {
            s.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return s;
    }

    @Override
    public SheetOutput sheet(String name, int columns) {
        return new PoiSheet(workbook.createSheet(name), styles);
    }

    @Override
    public void save() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** Deletes the temporary files (POI 5.4+ disposes them on close). */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
