package org.kaohe.report.year;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kaohe.common.Messages;
import org.kaohe.report.Numbers;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearAward;
import org.kaohe.year.YearGrade;
import org.kaohe.year.YearOutcome;

/** The summary a finished year run prints: months used and missing, people, grades, quota, awards, files. */
public final class YearSummary {

    /** People named on a line about unknowns; the rest are in the outputs. */
    private static final int NAMED = 10;

    private YearSummary() {
    }

    public static List<String> lines(YearOutcome year, List<Path> written, Messages m) {
        List<String> lines = new ArrayList<>();
        List<PersonYear> people = year.people();
        lines.add(m.get("year.summary.title", year.year().toString()));
        lines.add(m.get("year.summary.months", months(year.monthsRun()), String.valueOf(year.monthsRun().size())));
        if (year.preview()) {
            YearMonth last = year.monthsRun().get(year.monthsRun().size() - 1);
            lines.add(m.get("year.summary.preview", String.valueOf(last.getMonthValue()),
                    months(year.missingMonths())));
        }
        long undetermined = count(people, p -> p.grade() == YearGrade.UNDETERMINED);
        lines.add(m.get("year.summary.people", String.valueOf(people.size()),
                String.valueOf(people.size() - undetermined), String.valueOf(undetermined),
                String.valueOf(count(people, p -> p.tally().vetoed()))));
        lines.add(grades(people, m));
        people.stream().filter(p -> p.quotaPosition() != null).findFirst().ifPresent(p -> lines.add(
                m.get("year.summary.quota", String.valueOf(p.quotaPosition().quota()),
                        String.valueOf(count(people, q -> q.quotaPosition() != null)),
                        String.valueOf(count(people, PersonYear::fellBelowQuota)))));
        BigDecimal bonuses = people.stream().map(PersonYear::bonus).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add(m.get("year.summary.awards", String.valueOf(count(people, p -> p.award() == YearAward.COMMENDATION)),
                String.valueOf(count(people, p -> p.award() == YearAward.THIRD_CLASS_MERIT)),
                Numbers.points(bonuses)));
        List<String> unknownCounts = people.stream().filter(p -> !p.tally().unknownCountMonths().isEmpty())
                .map(p -> p.employeeId() + " (" + months(p.tally().unknownCountMonths()) + ")").toList();
        if (!unknownCounts.isEmpty()) {
            lines.add(m.get("year.summary.unknown_counts", String.valueOf(unknownCounts.size()), named(unknownCounts)));
        }
        List<String> unknownBase = people.stream().filter(p -> p.bonus() == null).map(PersonYear::employeeId).toList();
        if (!unknownBase.isEmpty()) {
            lines.add(m.get("year.summary.unknown_base", String.valueOf(unknownBase.size()), named(unknownBase)));
        }
        written.forEach(p -> lines.add(m.get("year.summary.written", p.toString())));
        return lines;
    }

    /** 年度等次：优秀 5 人，称职 22 人，…: every grade with its count, also those no one has. */
    static String grades(List<PersonYear> people, Messages m) {
        Map<YearGrade, Integer> grades = new EnumMap<>(YearGrade.class);
        people.forEach(p -> grades.merge(p.grade(), 1, Integer::sum));
        return m.get("year.summary.grades", Arrays.stream(YearGrade.values())
                .map(g -> m.get("year.summary.grade", g, String.valueOf(grades.getOrDefault(g, 0))))
                .collect(Collectors.joining(m.get("year.summary.separator"))));
    }

    private static long count(List<PersonYear> people, Predicate<PersonYear> test) {
        return people.stream().filter(test).count();
    }

    private static String months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }

    private static String named(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(NAMED, items.size())));
        return items.size() > NAMED ? shown + " …" : shown;
    }
}
