package org.kaohe.year;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.kaohe.history.YearCounts;
import org.kaohe.scoring.Grade;

/**
 * One person's month as the year reads it from the month's last completed run. {@code deductions} is the sum of
 * the month's deduction columns (考勤+差错+督查+值班+延误+积压+信息扣分). {@code payBase} (绩效基数),
 * {@code informationDuty} (信息报送) and {@code counts} are null when the run that computed the month did not record
 * them: unknown, never zero.
 */
public record PersonMonth(YearMonth month, String employeeId, String name, String section, BigDecimal payBase,
                          Boolean informationDuty, BigDecimal score, Grade grade, boolean vetoed,
                          BigDecimal deductions, YearCounts counts) {

    public boolean graded() {
        return grade != Grade.NOT_RATED;
    }
}
