package org.kaohe.report.xlsx;

import java.time.YearMonth;
import java.util.List;
import org.kaohe.common.Messages;

/**
 * What makes a sheet of any Kaohe workbook read as the office's printed form rather than a data dump: a title naming
 * the 单位, the period (a month, a year) and the form, a bold 合计 row, and the 制表/审核/日期 lines to sign by hand
 * under it.
 */
public final class Form {

    private Form() {
    }

    /**
     * {单位}{2026年10月}{表名}: {@code key}'s text with the office as {0} and the month as {1}; without a 单位 when the
     * rules name none.
     */
    public static String title(Messages m, String office, YearMonth month, String key) {
        return title(m, office, m.get("perf.form.month", String.valueOf(month.getYear()),
                String.valueOf(month.getMonthValue()), month.toString()), key);
    }

    /** The same for any period in words (a year: 2026年度). */
    public static String title(Messages m, String office, String period, String key) {
        return m.get(key, office, period).strip();
    }

    /** Column names from bundle keys. */
    public static List<String> headers(Messages m, String... keys) {
        return ReportCells.headers(m, keys);
    }

    /** 制表、审核、日期 lines to sign by hand under a printed form. */
    public static void signOff(XlsxSheet sheet, Messages m) {
        sheet.note(m.get("perf.form.sign_off"));
    }

    /** A 合计 row: every cell bold, blanks as empty text so the row keeps the form's borders. */
    public static List<XlsxCell> total(List<XlsxCell> cells) {
        return cells.stream().map(c -> (c.isEmpty() ? XlsxCell.text("") : c).marked(XlsxCell.Mark.TOTAL)).toList();
    }
}
