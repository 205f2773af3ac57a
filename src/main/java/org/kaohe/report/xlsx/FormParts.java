package org.kaohe.report.xlsx;

import java.util.List;
import org.kaohe.common.Messages;

/**
 * The pieces every workbook printed as an office form shares, whatever its period (a month, a year): the title
 * (单位, period, 表名), the column names from the bundles and the 制表/审核/日期 block to sign under the table.
 */
public final class FormParts {

    private FormParts() {
    }

    /** {单位}{period}{表名} from the bundle key {@code key}; without a 单位 when the rules name none. */
    public static String title(Messages m, String key, String office, String period) {
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
}
