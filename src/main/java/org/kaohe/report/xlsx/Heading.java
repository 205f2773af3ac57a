package org.kaohe.report.xlsx;

import java.time.YearMonth;
import java.util.List;
import org.kaohe.common.Messages;

/**
 * What heads every sheet of one workbook: the 单位 and month of its titles, and the lines under each title (the
 * section of a section's workbook, none in HR's).
 */
record Heading(Messages m, String office, YearMonth month, List<String> lines) {

    /** The sheet's title: {@code key}'s form name with the 单位 and month, as {@link Form#title} words it. */
    String title(String key) {
        return Form.title(m, office, month, key);
    }
}
