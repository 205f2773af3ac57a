package org.kaohe.year;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.kaohe.history.VetoCause;
import org.kaohe.history.YearCounts;
import org.kaohe.scoring.Grade;

/**
 * One person's month as the year reads it from the month's last completed run. {@code deductions} is the sum of
 * the month's deduction columns (考勤+差错+督查+值班+延误+积压+信息扣分). {@code payBase} (绩效基数),
 * {@code informationDuty} (信息报送) and {@code counts} are null when the run that computed the month did not record
 * them: unknown, never zero. {@code vetoCauses} is empty for a month not vetoed, and null for a vetoed month whose
 * run did not record why.
 */
public record PersonMonth(YearMonth month, String employeeId, String name, String section, BigDecimal payBase,
                          Boolean informationDuty, BigDecimal score, Grade grade, boolean vetoed,
                          BigDecimal deductions, YearCounts counts, List<VetoCause> vetoCauses) {

    /** A vetoed month given no causes (null or none) was computed by a run that did not record them: unknown. */
    public PersonMonth {
        vetoCauses = !vetoed ? List.of() : vetoCauses == null || vetoCauses.isEmpty() ? null : List.copyOf(vetoCauses);
    }

    /** A month whose run recorded no veto causes: a vetoed one's cause is unknown. */
    public PersonMonth(YearMonth month, String employeeId, String name, String section, BigDecimal payBase,
                       Boolean informationDuty, BigDecimal score, Grade grade, boolean vetoed, BigDecimal deductions,
                       YearCounts counts) {
        this(month, employeeId, name, section, payBase, informationDuty, score, grade, vetoed, deductions, counts,
                null);
    }

    public boolean graded() {
        return grade != Grade.NOT_RATED;
    }
}
