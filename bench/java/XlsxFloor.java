import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * POI's event-API parse of a workbook, the reference for Kaohe's XLSX reader (issue 6): every sheet through
 * {@link XSSFSheetXMLHandler} with the read-only shared strings and the styles (so date cells are formatted), each
 * formatted cell value handed to a handler that only counts.
 *
 * <p>Usage: {@code java XlsxFloor punches.xlsx}; prints rows and seconds.
 */
public final class XlsxFloor {

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        long[] counts = new long[2];
        try (OPCPackage pkg = OPCPackage.open(Path.of(args[0]).toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    counts[0]++;
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    counts[1] += value.length();
                                }
                            }, false));
                    xml.parse(new InputSource(sheet));
                }
            }
            pkg.revert();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("poi-event rows=%d seconds=%.2f%n", counts[0], seconds);
    }
}
