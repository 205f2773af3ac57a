package org.kaohe.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one XLSX workbook of a kind with POI's event API, one row in memory at a time. Every sheet whose header
 * row holds the kind's required columns is read; others (a 说明 sheet) are skipped with a warning.
 */
final class XlsxFile {

    private XlsxFile() {
    }

    static void read(Path file, InputKind kind, RowSink sink) throws InputFileException {
        String name = file.getFileName().toString();
        read(file, sheet -> new TableRows(kind, name, sheet, sink));
    }

    /**
     * Reads each sheet into the table {@code tables} gives for its name; a sheet it gives none for (null) is not
     * read. Fails when no sheet's header matched.
     */
    static void read(Path file, Function<String, SheetTable> tables) throws InputFileException {
        String name = file.getFileName().toString();
        requireZip(file, name);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw FileMessages.damaged(name, e);
        }
        List<SheetTable> skipped;
        try {
            skipped = readSheets(pkg, name, tables);
        } catch (Escape e) {
            if (e.getCause() instanceof InputFileException failure) {
                throw failure;
            }
            throw (RuntimeException) e.getCause();
        } catch (IOException | OpenXML4JException | SAXException | XmlException | ParserConfigurationException
                 | RuntimeException e) {
            // POI reports a damaged part with assorted runtime exceptions; none of them means anything to HR
            throw FileMessages.damaged(name, e);
        } finally {
            // close() would try to save a read-only package
            pkg.revert();
        }
        skipped.forEach(SheetTable::warnSkipped);
    }

    /** Gives the reasons Excel users meet in practice: an encrypted workbook, an old .xls, or not Excel at all. */
    private static void requireZip(Path file, String name) throws InputFileException {
        FileMagic magic;
        try {
            if (Files.size(file) == 0) {
                throw FileMessages.empty(name);
            }
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw FileMessages.unreadable(name, e);
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                throw fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)
                        ? FileMessages.encrypted(name) : FileMessages.oldExcel(name);
            } catch (IOException | RuntimeException e) {
                throw FileMessages.notXlsx(name, e);
            }
        }
        if (magic != FileMagic.OOXML) {
            throw FileMessages.notXlsx(name, null);
        }
    }

    /** Reads the matching sheets; returns those skipped, or fails when none matched. */
    private static List<SheetTable> readSheets(OPCPackage pkg, String name, Function<String, SheetTable> tables)
            throws IOException, OpenXML4JException, SAXException, XmlException, ParserConfigurationException,
            InputFileException {
        XSSFReader reader = new XSSFReader(pkg);
        IsoDataFormatter formatter = new IsoDataFormatter(isDate1904(reader));
        // phonetic guides (furigana) are not part of the cell's text
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = styles(pkg);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        List<SheetTable> skipped = new ArrayList<>();
        boolean matched = false;
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                SheetTable rows = tables.apply(sheets.getSheetName());
                if (rows == null) {
                    continue;
                }
                parse(sheet, new XSSFSheetXMLHandler(styles, strings, new SheetRows(rows, name), formatter, false));
                switch (rows.state()) {
                    case READING -> matched = true;
                    case WRONG_HEADER -> skipped.add(rows);
                    case AWAITING_HEADER -> {
                        // an empty sheet beside the data is normal (Sheet2, Sheet3)
                    }
                }
            }
        }
        if (!matched) {
            throw skipped.isEmpty() ? FileMessages.empty(name) : skipped.get(0).wrongHeader();
        }
        return skipped;
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(sheet));
        } catch (StopSheet e) {
            // the header did not match: the rest of the sheet is of no use
        }
    }

    /** Workbooks made on old Macs count days from 1904; read with 1900 their dates would be four years off. */
    private static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
        try (InputStream in = reader.getWorkbookData()) {
            CTWorkbook workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
            return workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
        }
    }

    private static StylesTable styles(OPCPackage pkg) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        return parts.isEmpty() ? null : new ChineseBuiltinFormats(parts.get(0));
    }

    /** Collects one row's cells (filling the gaps a sparse row leaves) and hands the row on when it ends. */
    private static final class SheetRows implements SheetContentsHandler {

        /** Excel's last column is XFD; no real workbook has a cell past it. */
        private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

        private final SheetTable rows;
        private final String file;
        private final List<String> cells = new ArrayList<>();

        SheetRows(SheetTable rows, String file) {
            this.rows = rows;
            this.file = file;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            // a cell without a reference follows the previous one, as in Excel's own reading
            int column = cellReference == null ? cells.size() : columnOf(cellReference);
            if (column >= MAX_COLUMNS) {
                // filling the gap up to a forged reference such as AAAAAA1 would take gigabytes
                throw new Escape(FileMessages.notXlsx(file, null));
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            TableRows.State state;
            try {
                state = rows.accept(rowNum + 1L, cells.toArray(String[]::new));
            } catch (InputFileException | RuntimeException e) {
                // the SAX parser passes runtime exceptions through; this one must not be mistaken for damage
                throw new Escape(e);
            }
            if (state == TableRows.State.WRONG_HEADER) {
                throw new StopSheet();
            }
        }

        /** "AB12" → 27: the column letters only, without building a CellReference per cell. */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                if (column > MAX_COLUMNS) {
                    break;
                }
            }
            return column - 1;
        }
    }

    /** Ends the parse of a sheet whose header does not match. */
    private static final class StopSheet extends RuntimeException {

        StopSheet() {
            super(null, null, false, false);
        }
    }

    /** Carries a file error or the sink's own failure out of the SAX parser unchanged. */
    private static final class Escape extends RuntimeException {

        Escape(Exception cause) {
            super(null, cause, false, false);
        }
    }
}
