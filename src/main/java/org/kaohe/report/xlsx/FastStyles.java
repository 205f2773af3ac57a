package org.kaohe.report.xlsx;

import java.util.Arrays;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.CellStyleIndex;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The style of each {@link Look} and {@link XlsxCell.Mark} in one fastexcel workbook, by {@link Look#code}, put into
 * the workbook's style table the first time a cell needs it (a section workbook uses about a dozen of the 52).
 */
final class FastStyles {

    private static final int UNKNOWN = -1;

    private final Worksheet scratch;
    /** Written once per code, under the lock; a stale {@link #UNKNOWN} read without it only takes the lock. */
    private final int[] indexOfCode = new int[Look.values().length * XlsxCell.Mark.values().length + 1];

    FastStyles(Workbook workbook) {
        scratch = CellStyleIndex.scratchSheet(workbook);
        Arrays.fill(indexOfCode, UNKNOWN);
    }

    /** The index in the workbook's style table of a look and mark, as {@link Look#code}. */
    int indexOf(int code) {
        int index = indexOfCode[code];
        return index == UNKNOWN ? register(code) : index;
    }

    private synchronized int register(int code) {
        if (indexOfCode[code] == UNKNOWN) {
            style(scratch.style(0, code), Look.ofCode(code), Look.markOfCode(code));
            indexOfCode[code] = CellStyleIndex.styleOf(scratch, 0, code);
        }
        return indexOfCode[code];
    }

    private static void style(StyleSetter s, Look look, XlsxCell.Mark mark) {
        if (look.bold() || mark == XlsxCell.Mark.TOTAL) {
            s.bold();
        }
        if (mark.red()) {
            s.fontColor(Look.ALERT_COLOUR);
        }
        if (look.bordered()) {
            s.borderStyle(BorderStyle.THIN);
        }
        if (mark == XlsxCell.Mark.QUOTA_LINE) {
            s.borderStyle(BorderSide.TOP, BorderStyle.THICK);
            s.borderColor(BorderSide.TOP, Look.ALERT_COLOUR);
        }
        if (look.wrapped()) {
            s.wrapText(true);
        }
        if (look == Look.TITLE) {
            s.fontSize(Look.TITLE_POINTS);
        }
        if (look.filled()) {
            s.fillColor(Look.HEADER_FILL);
        }
        if (look.pattern() != null) {
            s.format(look.pattern());
        }
        if (look.top()) {
            s.verticalAlignment("top");
        }
        s.set();
    }
}
