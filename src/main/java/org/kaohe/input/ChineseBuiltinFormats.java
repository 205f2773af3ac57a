package org.kaohe.input;

import java.io.IOException;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.model.StylesTable;

/**
 * The workbook's styles, plus the number formats Chinese Excel and WPS treat as built in. A cell formatted as
 * 2026年10月9日 or 8时05分 refers to format 27–36 or 50–58 without defining it; POI knows those ids only as
 * "reserved", so its date cells would read as bare serial numbers. Only date-ness and time-ness matter here (the
 * value is rendered as ISO text), so the text of each format is a close equivalent.
 */
final class ChineseBuiltinFormats extends StylesTable {

    private static final String DATE = "yyyy\"年\"m\"月\"d\"日\"";
    private static final String TIME = "h\"时\"mm\"分\"ss\"秒\"";

    ChineseBuiltinFormats(PackagePart part) throws IOException {
        super(part);
    }

    @Override
    public String getNumberFormatAt(short index) {
        String defined = super.getNumberFormatAt(index);
        if (defined != null) {
            return defined;
        }
        if ((index >= 32 && index <= 35) || index == 55 || index == 56) {
            return TIME;
        }
        if ((index >= 27 && index <= 36) || (index >= 50 && index <= 58)) {
            return DATE;
        }
        return null;
    }
}
