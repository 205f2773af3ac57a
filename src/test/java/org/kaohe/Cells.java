package org.kaohe;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/** Reading generated workbooks back in tests: what a person opening them in Excel would see. */
public final class Cells {

    private static final DataFormatter SHOWN = new DataFormatter();

    private Cells() {
    }

    public static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The row's string cells. */
    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    /** The row's cells as Excel shows them (empty for a missing cell), up to its last cell; none for no row. */
    public static List<String> shown(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; row != null && i < row.getLastCellNum(); i++) {
            out.add(row.getCell(i) == null ? "" : SHOWN.formatCellValue(row.getCell(i)));
        }
        return out;
    }
}
