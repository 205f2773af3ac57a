package org.kaohe.history;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One person's year as a year run records it ({@code KAOHE_YEAR_PERSON}): the grade's and the award's codes
 * ({@code EXCELLENT}, {@code COMMENDATION}; the award null for none), 年度得分 to 2 decimals and 考核奖 (null when
 * the 绩效基数 was never recorded). A year run recorded before V6 kept only the grade: its {@code yearScore} is null
 * and so are name, section, award and 考核奖, whatever they were.
 */
public record YearPersonResult(String employeeId, String name, String section, String grade, BigDecimal yearScore,
                               String award, BigDecimal bonus) {

    /** Whether the run recorded more than the grade. */
    public boolean valuesRecorded() {
        return yearScore != null;
    }

    /**
     * Whether 年度得分, 年度等次, 奖励 or 考核奖 differ from an earlier run's; against a run that kept only the grade,
     * only the grade can tell.
     */
    public boolean changedFrom(YearPersonResult earlier) {
        if (!grade.equals(earlier.grade)) {
            return true;
        }
        return earlier.valuesRecorded() && (yearScore.compareTo(earlier.yearScore) != 0
                || !Objects.equals(award, earlier.award) || !sameAmount(bonus, earlier.bonus));
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
