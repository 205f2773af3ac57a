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

/** SPEC §6 end to end: tally each person's months, grade them, apply the 优秀 quota, then award and 考核奖. */
public final class YearEvaluator {

    private final YearRules rules;

    public YearEvaluator(YearRules rules) {
        this.rules = rules;
    }

    /**
     * @param monthsRun        the months of the year that have a completed run
     * @param months           every person's month from those runs
     * @param earlierExcellent per earlier year, the 工号 of the people graded 优秀 in that year's last completed run
     */
    public YearOutcome evaluate(Year year, List<YearMonth> monthsRun, List<PersonMonth> months,
                                Map<Integer, Set<String>> earlierExcellent) {
        Map<String, List<PersonMonth>> byPerson = new LinkedHashMap<>();
        months.forEach(m -> byPerson.computeIfAbsent(m.employeeId(), id -> new ArrayList<>()).add(m));
        List<YearTally> tallies = byPerson.values().stream().map(ms -> YearTally.of(ms, rules))
                .sorted(Comparator.comparing(YearTally::employeeId, IdOrder.NATURAL)).toList();
        Map<String, YearGrade> ladder = new HashMap<>();
        tallies.forEach(t -> ladder.put(t.employeeId(), GradeLadder.grade(t, rules)));
        Map<String, QuotaPosition> positions = ExcellentQuota.positions(tallies, ladder, rules);
        List<PersonYear> people = new ArrayList<>();
        for (YearTally t : tallies) {
            YearGrade before = ladder.get(t.employeeId());
            QuotaPosition position = positions.get(t.employeeId());
            YearGrade grade = position != null && !position.within() ? YearGrade.COMPETENT : before;
            YearAward award = grade == YearGrade.EXCELLENT ? award(year, t.employeeId(), earlierExcellent) : null;
            people.add(new PersonYear(t, before, grade, position, award, bonus(t, grade)));
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

    private BigDecimal bonus(YearTally t, YearGrade grade) {
        if (t.vetoed()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return t.payBase().multiply(rules.awardFactor().get(grade)).setScale(2, RoundingMode.HALF_UP);
    }
}
