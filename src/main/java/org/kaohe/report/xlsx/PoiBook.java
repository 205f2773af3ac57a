package org.kaohe.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * A workbook written with POI's streaming SXSSF, for the one report with charts (fastexcel cannot draw them):
 * rows beyond the last {@value #ROWS_IN_MEMORY} of a sheet wait in compressed temporary files, which closing the
 * book deletes.
 */
final class PoiBook implements BookOutput {

    private static final int ROWS_IN_MEMORY = 200;

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Map<Integer, CellStyle> styles = new HashMap<>();

    PoiBook(Path file) {
        this.file = file;
        // the temporary files hold every cell until close(): compressed they are smaller and not plain text
        workbook.setCompressTempFiles(true);
        for (Look look : Look.values()) {
            for (XlsxCell.Mark mark : XlsxCell.Mark.values()) {
                styles.put(look.code(mark), style(look, mark));
            }
        }
    }

    /** Excel limits a workbook to 64,000 styles: one per look and mark, made once. */
    private CellStyle style(Look look, XlsxCell.Mark mark) {
        if (look.plain() && mark == XlsxCell.Mark.NONE) {
            return workbook.getCellStyleAt(0);
        }
        CellStyle s = workbook.createCellStyle();
        boolean bold = look.bold() || mark == XlsxCell.Mark.TOTAL;
        if (bold || mark.red()) {
            XSSFFont font = (XSSFFont) workbook.createFont();
            font.setBold(bold);
            if (look == Look.TITLE) {
                font.setFontHeightInPoints(Look.TITLE_POINTS);
            }
            if (mark.red()) {
                font.setColor(new XSSFColor(HexFormat.of().parseHex(Look.ALERT_COLOUR)));
            }
            s.setFont(font);
        }
        if (look.bordered()) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (mark == XlsxCell.Mark.QUOTA_LINE) {
            s.setBorderTop(BorderStyle.THICK);
            ((XSSFCellStyle) s).setTopBorderColor(new XSSFColor(HexFormat.of().parseHex(Look.ALERT_COLOUR)));
        }
        s.setWrapText(look.wrapped());
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
    public SheetOutput sheet(String name) {
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
