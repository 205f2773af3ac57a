package org.kaohe.year;

import java.math.BigDecimal;
import org.kaohe.scoring.Grade;

/**
 * SPEC §6's grade ladder, first match: 不定等次 (too few graded months), 不称职, 基本称职, 优秀 (a candidate, still
 * subject to the quota), otherwise 称职.
 */
public final class GradeLadder {

    private GradeLadder() {
    }

    public static YearGrade grade(YearTally t, YearRules rules) {
        int poor = t.months(Grade.POOR);
        if (t.gradedMonths() < rules.minGradedMonths()) {
            return YearGrade.UNDETERMINED;
        }
        if (t.yearScore().below(rules.incompetentBelow()) || poor >= rules.incompetentPoorMonths()) {
            return YearGrade.INCOMPETENT;
        }
        if (t.yearScore().below(rules.basicBelow()) || poor >= rules.basicPoorMonths()) {
            return YearGrade.BASIC;
        }
        return excellentCandidate(t, rules) ? YearGrade.EXCELLENT : YearGrade.COMPETENT;
    }

    /** Not vetoed, no 较差 month, 年度得分 at least the threshold, and 好 in at least the share of graded months. */
    public static boolean excellentCandidate(YearTally t, YearRules rules) {
        return !t.vetoed() && t.months(Grade.POOR) == 0 && !t.yearScore().below(rules.excellentMin())
                && BigDecimal.valueOf(t.months(Grade.EXCELLENT))
                        .compareTo(rules.excellentGoodShare().multiply(BigDecimal.valueOf(t.gradedMonths()))) >= 0;
    }
}
