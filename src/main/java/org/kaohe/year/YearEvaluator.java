package org.kaohe.year;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.kaohe.common.IdOrder;

/**
 * SPEC §6 in two phases, as the year's job runs them: grade (tally each person's months, the ladder, the 优秀
 * quota), then award (嘉奖 or 记三等功 from the earlier years, and 考核奖).
 */
public final class YearEvaluator {

    private final YearRules rules;

    public YearEvaluator(YearRules rules) {
        this.rules = rules;
    }

    /** Both phases at once. */
    public YearOutcome evaluate(Year year, List<YearMonth> monthsRun, List<PersonMonth> months,
                                Map<Integer, Set<String>> earlierExcellent) {
        return award(year, monthsRun, grade(months), earlierExcellent);
    }

    /** The year as the run history holds it now: the last completed run of each month, and the years before. */
    public YearOutcome evaluate(Year year, YearSource source) {
        Map<YearMonth, Long> monthRuns = source.monthsRun(year);
        List<PersonMonth> months = new ArrayList<>();
        monthRuns.forEach((month, run) -> months.addAll(source.people(month, run)));
        return evaluate(year, List.copyOf(monthRuns.keySet()), months,
                source.excellentBefore(year, rules.meritYears() - 1));
    }

    /** Every person of {@code months} (each person's months from the year's runs), graded, by 工号. */
    public List<Graded> grade(List<PersonMonth> months) {
        Map<String, List<PersonMonth>> byPerson = new LinkedHashMap<>();
        months.forEach(m -> byPerson.computeIfAbsent(m.employeeId(), id -> new ArrayList<>()).add(m));
        List<YearTally> tallies = byPerson.values().stream().map(ms -> YearTally.of(ms, rules))
                .sorted(Comparator.comparing(YearTally::employeeId, IdOrder.NATURAL)).toList();
        Map<String, YearGrade> ladder = new HashMap<>();
        tallies.forEach(t -> ladder.put(t.employeeId(), GradeLadder.grade(t, rules)));
        Map<String, QuotaPosition> positions = ExcellentQuota.positions(tallies, ladder, rules);
        List<Graded> graded = new ArrayList<>();
        for (YearTally t : tallies) {
            YearGrade before = ladder.get(t.employeeId());
            QuotaPosition position = positions.get(t.employeeId());
            graded.add(new Graded(t, before, position != null && !position.within() ? YearGrade.COMPETENT : before,
                    position));
        }
        return graded;
    }

    /**
     * @param monthsRun        the months of the year that have a completed run
     * @param earlierExcellent per earlier year, the 工号 of the people graded 优秀 in that year's last completed run
     */
    public YearOutcome award(Year year, List<YearMonth> monthsRun, List<Graded> graded,
                             Map<Integer, Set<String>> earlierExcellent) {
        List<PersonYear> people = new ArrayList<>();
        for (Graded g : graded) {
            YearTally t = g.tally();
            YearAward award = g.grade() == YearGrade.EXCELLENT ? award(year, t.employeeId(), earlierExcellent) : null;
            people.add(new PersonYear(t, g.ladderGrade(), g.grade(), g.quotaPosition(), award, bonus(t, g.grade())));
        }
        List<YearMonth> missing = IntStream.rangeClosed(1, 12).mapToObj(year::atMonth)
                .filter(m -> !monthsRun.contains(m)).toList();
        return new YearOutcome(year, monthsRun.stream().sorted().toList(), missing, people);
    }

    /** 记三等功 when the years before this one, as many as the rule asks, were all 优秀; otherwise 嘉奖. */
    private YearAward award(Year year, String employeeId, Map<Integer, Set<String>> earlierExcellent) {
        for (int back = 1; back < rules.meritYears(); back++) {
            if (!earlierExcellent.getOrDefault(year.getValue() - back, Set.of()).contains(employeeId)) {
                return YearAward.COMMENDATION;
            }
        }
        return YearAward.THIRD_CLASS_MERIT;
    }

    /** 0 for a vetoed year; null (unknown) when no month of the person recorded the 绩效基数. */
    private BigDecimal bonus(YearTally t, YearGrade grade) {
        if (t.vetoed()) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (t.payBase() == null) {
            return null;
        }
        return t.payBase().multiply(rules.awardFactor().get(grade)).setScale(2, RoundingMode.HALF_UP);
    }
}
