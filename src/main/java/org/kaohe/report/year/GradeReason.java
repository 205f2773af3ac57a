package org.kaohe.report.year;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.common.Messages;
import org.kaohe.report.Numbers;
import org.kaohe.scoring.Grade;
import org.kaohe.year.GradeLadder;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearGrade;
import org.kaohe.year.YearRules;
import org.kaohe.year.YearTally;

/**
 * Why a person got their year grade, in one plain sentence: the rung of the ladder that decided it, or for 称职 the
 * first condition of 优秀 missed, or the quota. The one wording of the reason, for the year's workbooks and
 * {@code kaohe explain --year}.
 */
public final class GradeReason {

    private final YearRules rules;
    private final Messages m;

    public GradeReason(YearRules rules, Messages messages) {
        this.rules = rules;
        this.m = messages;
    }

    public String of(PersonYear p) {
        YearTally t = p.tally();
        String score = Numbers.points(t.yearScore().rounded(2));
        return switch (p.grade()) {
            case UNDETERMINED -> m.get("year.reason.undetermined", String.valueOf(t.gradedMonths()),
                    String.valueOf(rules.minGradedMonths()));
            case INCOMPETENT -> fell(t, score, rules.incompetentBelow(), rules.incompetentPoorMonths());
            case BASIC -> fell(t, score, rules.basicBelow(), rules.basicPoorMonths());
            case EXCELLENT -> m.get("year.reason.excellent", score, String.valueOf(t.months(Grade.EXCELLENT)),
                    String.valueOf(p.quotaPosition().rank()));
            case COMPETENT -> competent(p, score);
        };
    }

    /** 不称职 or 基本称职: the score below the line and/or the 较差 months, each that applies. */
    private String fell(YearTally t, String score, BigDecimal below, int poorMonths) {
        List<String> why = new ArrayList<>();
        if (t.yearScore().below(below)) {
            why.add(m.get("year.reason.low", score, Numbers.points(below)));
        }
        int poor = t.months(Grade.POOR);
        if (poor >= poorMonths) {
            String vetoes = vetoes(t);
            why.add(m.get("year.reason.poor", String.valueOf(poor),
                    vetoes.isEmpty() ? "" : m.get("year.reason.vetoes", vetoes)));
        }
        return String.join(m.get("year.reason.separator"), why);
    }

    /** 称职: past the quota, or the first condition of 优秀 the person missed. */
    private String competent(PersonYear p, String score) {
        YearTally t = p.tally();
        if (p.fellBelowQuota()) {
            return m.get("year.reason.below_quota", String.valueOf(p.quotaPosition().rank()),
                    String.valueOf(p.quotaPosition().quota()));
        }
        if (t.vetoed()) {
            return m.get("year.reason.vetoed", vetoes(t));
        }
        if (t.months(Grade.POOR) > 0) {
            return m.get("year.reason.poor_month", String.valueOf(t.months(Grade.POOR)));
        }
        if (t.yearScore().below(rules.excellentMin())) {
            return m.get("year.reason.below_excellent", score, Numbers.points(rules.excellentMin()));
        }
        if (!GradeLadder.excellentCandidate(t, rules)) {
            return m.get("year.reason.few_excellent", String.valueOf(t.months(Grade.EXCELLENT)),
                    String.valueOf(t.gradedMonths()),
                    Numbers.percent(rules.excellentGoodShare()));
        }
        // a candidate is either within the quota (优秀) or past it: the ladder left no other way to 称职
        throw new IllegalStateException("称职 candidate within the quota: " + t.employeeId());
    }

    /** The vetoed months, each as {@link #veto}; empty when none. */
    private String vetoes(YearTally t) {
        return String.join(m.get("year.reason.separator"),
                t.vetoedMonths().stream().map(this::veto).toList());
    }

    /** One vetoed month with what caused it: 3 月一票否决：工作日饮酒，findings.xlsx 工作表“第二轮督查”第4行. */
    String veto(PersonMonth month) {
        return VetoReason.in("year.reason.veto", month, m);
    }

    /** 不称职 and 基本称职 are shown as problems. */
    static boolean problem(YearGrade grade) {
        return grade == YearGrade.INCOMPETENT || grade == YearGrade.BASIC;
    }
}
