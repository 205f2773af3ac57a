package org.kaohe.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report workbook written with POI's streaming SXSSF (memory stays flat for 100,000 people): sheets of
 * {@link XlsxSheet} tables sharing one set of styles (a large bold title, bold frozen header, text cells formatted
 * as text, the number formats of {@link XlsxCell.Format}, dates). {@link #save} writes it plain or with POI's agile encryption; closing it
 * deletes SXSSF's temporary files. Usage: {@code try (XlsxBook book = new XlsxBook()) { book.sheet(...).row(...);
 * book.save(file, null); }}.
 */
public final class XlsxBook implements AutoCloseable {

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Styles styles;
    private final List<XlsxSheet> sheets = new ArrayList<>();

    public XlsxBook() {
        // the temporary files hold every cell (pay included) until close(): compressed they are smaller and not plain
        workbook.setCompressTempFiles(true);
        styles = new Styles(workbook);
    }

    /** A new sheet (name made valid for Excel: at most 31 characters, none of []:*?/\) with its header row. */
    public XlsxSheet sheet(String name, List<String> header) {
        return add(new XlsxSheet(createSheet(name), styles, header));
    }

    /**
     * A new sheet headed like a report page: a title, lines of text under it (totals, the month's verdict), a blank
     * row, then the table with its header.
     */
    public XlsxSheet sheet(String name, String title, List<String> lines, List<String> header) {
        return add(new XlsxSheet(createSheet(name), styles, title, lines, header));
    }

    private SXSSFSheet createSheet(String name) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    }

    private XlsxSheet add(XlsxSheet sheet) {
        sheets.add(sheet);
        return sheet;
    }

    /** Writes the workbook; with a password it is encrypted (agile, AES) and opens only with that password. */
    public void save(Path file, String password) throws IOException {
        sheets.forEach(XlsxSheet::finish);
        if (password == null) {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                workbook.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt " + file.getFileName(), e);
        }
    }

    /** Deletes the temporary files (POI 5.4+ disposes them on close). */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The workbook's cell styles, created once (Excel limits a workbook to 64,000 styles). */
    static final class Styles {
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle text;
        private final Map<XlsxCell.Format, CellStyle> numbers = new EnumMap<>(XlsxCell.Format.class);

        Styles(SXSSFWorkbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setDataFormat(textFormat);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat(XlsxCell.DATE_PATTERN));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            for (XlsxCell.Format f : XlsxCell.Format.values()) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f.pattern()));
                s.setVerticalAlignment(VerticalAlignment.TOP);
                numbers.put(f, s);
            }
        }

        CellStyle title() {
            return title;
        }

        CellStyle date() {
            return date;
        }

        CellStyle header() {
            return header;
        }

        CellStyle text() {
            return text;
        }

        CellStyle number(XlsxCell.Format format) {
            return numbers.get(format);
        }
    }
}
