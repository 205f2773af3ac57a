package org.kaohe.report.year;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.common.Messages;
import org.kaohe.report.Numbers;
import org.kaohe.scoring.Grade;
import org.kaohe.year.GradeLadder;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearRules;
import org.kaohe.year.YearTally;

/**
 * {@code kaohe explain --year}: one person's year line by line: each month with the run it came from, the
 * arithmetic of 年度得分, each step of the grade ladder met or not, the quota position, the award and 考核奖.
 */
public final class YearExplanation {

    private final YearRules rules;
    private final Map<YearMonth, Long> monthRuns;
    private final Messages m;

    public YearExplanation(YearRules rules, Map<YearMonth, Long> monthRuns, Messages messages) {
        this.rules = rules;
        this.monthRuns = monthRuns;
        this.m = messages;
    }

    public List<String> of(PersonYear p) {
        YearTally t = p.tally();
        List<String> lines = new ArrayList<>();
        YearMonth first = t.months().get(0).month();
        lines.add(m.get("year.explain.title", t.name(), t.employeeId(), t.section(), String.valueOf(first.getYear())));
        lines.add(m.get("year.explain.months"));
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(first.getYear(), month);
            Optional<PersonMonth> pm = t.month(ym);
            Long run = monthRuns.get(ym);
            if (run == null) {
                lines.add(m.get("year.explain.month_missing", ym.toString()));
            } else if (pm.isEmpty()) {
                lines.add(m.get("year.explain.month_absent", ym.toString(), String.valueOf(run)));
            } else {
                lines.add(month(pm.get(), run));
                if (pm.get().vetoed()) {
                    lines.add(m.get("year.explain.veto", VetoReason.of(pm.get(), m)));
                }
            }
        }
        BigDecimal sum = t.monthlyMean().numerator();
        lines.add(m.get("year.explain.mean", String.valueOf(t.gradedMonths()), Numbers.points(sum),
                Numbers.points(t.monthlyMean().rounded(2))));
        lines.add(m.get("year.explain.duty", String.valueOf(t.dutyAbsences()), Numbers.points(rules.dutyAbsentPoints()),
                Numbers.points(t.dutyCharge())));
        lines.add(information(t));
        if (!t.unknownCountMonths().isEmpty()) {
            lines.add(m.get("year.explain.unknown_counts", String.join(", ",
                    t.unknownCountMonths().stream().map(YearMonth::toString).toList())));
        }
        lines.add(m.get("year.explain.score", Numbers.points(t.monthlyMean().rounded(2)),
                Numbers.points(t.dutyCharge()), Numbers.points(t.informationCharge()),
                Numbers.points(t.yearScore().rounded(2))));
        ladder(t, lines);
        if (p.quotaPosition() != null) {
            lines.add(m.get(p.quotaPosition().within() ? "year.explain.quota_in" : "year.explain.quota_out",
                    String.valueOf(p.quotaPosition().rank()), String.valueOf(p.quotaPosition().quota()),
                    String.valueOf(p.quotaPosition().graded())));
        }
        lines.add(m.get("year.explain.grade", p.grade()));
        lines.add(m.get("year.explain.reason", new GradeReason(rules, m).of(p)));
        lines.add(p.award() == null ? m.get("year.explain.no_award") : m.get("year.explain.award", p.award()));
        lines.add(bonus(p));
        return lines;
    }

    private String month(PersonMonth pm, long run) {
        String key = pm.graded() ? (pm.vetoed() ? "year.explain.month_vetoed" : "year.explain.month")
                : "year.explain.month_not_rated";
        return m.get(key, pm.month().toString(), Numbers.points(pm.score()), pm.grade(), String.valueOf(run));
    }

    private String information(YearTally t) {
        if (t.informationDuty() == null) {
            return m.get("year.explain.info_unknown");
        }
        if (!t.informationDuty()) {
            return m.get("year.explain.info_no_duty");
        }
        if (t.gradedMonths() < rules.minGradedMonths()) {
            return m.get("year.explain.info_too_few");
        }
        return m.get("year.explain.info", String.valueOf(t.provinceAdoptions()), String.valueOf(rules.provinceTarget()),
                String.valueOf(t.cityAdoptions()), String.valueOf(rules.cityTarget()),
                Numbers.points(rules.shortPiecePoints()), Numbers.points(t.informationCharge()));
    }

    private void ladder(YearTally t, List<String> lines) {
        int poor = t.months(Grade.POOR);
        String score = Numbers.points(t.yearScore().rounded(2));
        lines.add(m.get("year.explain.ladder.undetermined", yes(t.gradedMonths() < rules.minGradedMonths()),
                String.valueOf(rules.minGradedMonths()), String.valueOf(t.gradedMonths())));
        lines.add(m.get("year.explain.ladder.incompetent", yes(t.yearScore().below(rules.incompetentBelow())
                        || poor >= rules.incompetentPoorMonths()), Numbers.points(rules.incompetentBelow()),
                String.valueOf(rules.incompetentPoorMonths()), score, String.valueOf(poor)));
        lines.add(m.get("year.explain.ladder.basic", yes(t.yearScore().below(rules.basicBelow())
                        || poor >= rules.basicPoorMonths()), Numbers.points(rules.basicBelow()),
                String.valueOf(rules.basicPoorMonths()), score, String.valueOf(poor)));
        lines.add(m.get("year.explain.ladder.excellent", yes(GradeLadder.excellentCandidate(t, rules)),
                yes(!t.vetoed()), yes(poor == 0), yes(!t.yearScore().below(rules.excellentMin())),
                Numbers.points(rules.excellentMin()), String.valueOf(t.months(Grade.EXCELLENT)),
                String.valueOf(t.gradedMonths())));
    }

    private String bonus(PersonYear p) {
        YearTally t = p.tally();
        if (t.vetoed()) {
            return m.get("year.explain.bonus_vetoed", String.join(", ",
                    t.vetoMonths().stream().map(YearMonth::toString).toList()));
        }
        if (p.bonus() == null) {
            return m.get("year.explain.bonus_unknown");
        }
        return m.get("year.explain.bonus", Numbers.points(t.payBase()), rules.awardFactor().get(p.grade())
                .toPlainString(), p.grade(), Numbers.points(p.bonus()));
    }

    private String yes(boolean value) {
        return m.get(value ? "year.explain.yes" : "year.explain.no");
    }
}
