package org.kaohe.report.fivedontlets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Msg;
import org.kaohe.common.NameOrder;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.report.MonthCounts;
import org.kaohe.rules.ReportRules;
import org.kaohe.scoring.Veto;
import org.kaohe.section.SectionStanding;

/**
 * What the five don't-lets report, its web page and the notice show for a month, in the order they show it:
 * sections in Chinese collation order (as an office list is sorted), violations by don't-let, section, date and
 * person; repeat offenders; attendance discipline per section (kept apart from the don't-lets, SPEC §1); the
 * section ranking; the trend over the earlier months plus this one; every person's name by 工号; and the 单位 the
 * titles name; and how much of it the reports show before they summarise ({@link ReportRules}).
 */
public record FiveDontLetsMonth(YearMonth month, List<String> sections, List<Entry> violations, MonthCounts counts,
                                List<Offender> repeatOffenders, List<AttendanceLine> attendance,
                                List<SectionStanding> standings, List<MonthCounts> trend,
                                Map<String, String> names, List<Vetoed> vetoed, String office,
                                ReportRules report) {

    /**
     * A row of the counts by section and of their chart: one section's counts, or ({@code section} null) the counts
     * of the {@code sections} sections beyond the chart's, summed.
     */
    public record CountLine(String section, int sections, int[] counts) {

        public boolean others() {
            return section == null;
        }

        int total() {
            return Arrays.stream(counts).sum();
        }
    }

    /** A person whose month was vetoed (一票否决), with the reasons. */
    public record Vetoed(String section, String name, List<Msg> reasons) {
    }

    /** A violation with the person's name; {@code name} is null for a violation by a whole section. */
    public record Entry(Violation violation, String name) {
        public boolean wholeSection() {
            return violation.employeeId() == null;
        }
    }

    /**
     * A person with two or more don't-let violations in the month; {@code repeatedItem} when one of them was the
     * same inspection item found again (屡查屡犯, points doubled).
     */
    public record Offender(String employeeId, String name, String section, int violations, Set<DontLet> dontLets,
                           BigDecimal points, boolean repeatedItem) {
    }

    /** 迟到/早退/缺卡 occurrences and 旷工 days of a section's people, and how many people had any of them. */
    public record AttendanceLine(String section, int late, int early, int missing, BigDecimal absentDays,
                                 int people) {

        AttendanceLine plus(AttendanceLine o) {
            return new AttendanceLine(section, late + o.late, early + o.early, missing + o.missing,
                    absentDays.add(o.absentDays), people + o.people);
        }
    }

    /** The repeat-item marker: the violation's text says it is a repeated finding (屡查屡犯). */
    private static final String REPEAT_KEY = "discipline.finding_repeat";

    /**
     * @param earlierMonths counts of months already run, from the job repository; a month equal to this one or
     *                      later is left out (a rerun replaces its month)
     */
    public static FiveDontLetsMonth of(MonthlyEvaluation month, List<MonthCounts> earlierMonths) {
        List<PersonResult> results = month.results();
        // distinct first: a collator comparison per person was two seconds at 100,000 people
        Set<String> sectionNames = new HashSet<>();
        month.sections().forEach(s -> sectionNames.add(s.section()));
        results.forEach(r -> sectionNames.add(r.staff().section()));
        List<String> sections = sectionNames.stream().sorted(NameOrder.CHINESE).toList();
        Map<String, Integer> position = new HashMap<>();
        sections.forEach(s -> position.put(s, position.size()));

        List<Entry> entries = new ArrayList<>();
        List<Offender> offenders = new ArrayList<>();
        for (PersonResult r : results) {
            r.violations().forEach(v -> entries.add(new Entry(v, r.staff().name())));
            if (r.violations().size() >= 2) {
                Set<DontLet> kinds = EnumSet.noneOf(DontLet.class);
                r.violations().forEach(v -> kinds.add(v.dontLet()));
                offenders.add(new Offender(r.staff().id(), r.staff().name(), r.staff().section(),
                        r.violations().size(), kinds,
                        r.violations().stream().map(Violation::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                        r.violations().stream().anyMatch(v -> v.what().key().equals(REPEAT_KEY))));
            }
        }
        month.sections().forEach(s -> s.findings().violations().forEach(v -> entries.add(new Entry(v, null))));
        entries.sort(Comparator.comparing((Entry e) -> e.violation().dontLet())
                .thenComparingInt(e -> position.getOrDefault(e.violation().section(), -1))
                .thenComparing(e -> e.violation().date())
                .thenComparing(e -> e.violation().employeeId(), Comparator.nullsFirst(IdOrder.NATURAL))
                .thenComparing(e -> e.violation().source().label()));
        offenders.sort(Comparator.comparingInt(Offender::violations).reversed()
                .thenComparing(Offender::points, Comparator.reverseOrder())
                .thenComparing(Offender::employeeId, IdOrder.NATURAL));

        MonthCounts counts = MonthCounts.of(month.month(), entries.stream().map(Entry::violation).toList());
        List<MonthCounts> trend = new ArrayList<>(earlierMonths.stream()
                .filter(m -> m.month().isBefore(month.month())).toList());
        trend.sort(Comparator.comparing(MonthCounts::month));
        trend.add(counts);
        return new FiveDontLetsMonth(month.month(), sections, List.copyOf(entries), counts, List.copyOf(offenders),
                attendance(sections, results), month.sections(), List.copyOf(trend),
                results.stream().collect(Collectors.toUnmodifiableMap(r -> r.staff().id(), r -> r.staff().name())),
                results.stream().filter(r -> r.card().vetoed())
                        .sorted(Comparator.comparingInt((PersonResult r) -> position.get(r.staff().section()))
                                .thenComparing(r -> r.staff().id(), IdOrder.NATURAL))
                        .map(r -> new Vetoed(r.staff().section(), r.staff().name(),
                                r.card().vetoes().stream().map(Veto::reason).toList()))
                        .toList(), month.rules().office(), month.rules().report());
    }

    private static List<AttendanceLine> attendance(List<String> sections, List<PersonResult> results) {
        Map<String, AttendanceLine> lines = new LinkedHashMap<>();
        sections.forEach(s -> lines.put(s, new AttendanceLine(s, 0, 0, 0, BigDecimal.ZERO, 0)));
        for (PersonResult r : results) {
            var a = r.attendance();
            boolean any = a.late() + a.early() + a.missing() > 0 || a.absentDays().signum() > 0;
            lines.merge(r.staff().section(), new AttendanceLine(r.staff().section(), a.late(), a.early(),
                    a.missing(), a.absentDays(), any ? 1 : 0), AttendanceLine::plus);
        }
        return List.copyOf(lines.values());
    }

    /** The office's attendance line: every section's added up. */
    public AttendanceLine attendanceTotal() {
        return attendance.stream().reduce(new AttendanceLine("", 0, 0, 0, BigDecimal.ZERO, 0),
                AttendanceLine::plus);
    }

    public List<Entry> violations(DontLet dontLet) {
        return violations.stream().filter(e -> e.violation().dontLet() == dontLet).toList();
    }

    /** People named in the month's violations (section-level ones name none). */
    public long peopleInvolved() {
        return violations.stream().filter(e -> !e.wholeSection()).map(e -> e.violation().employeeId())
                .distinct().count();
    }

    public long wholeSectionViolations() {
        return violations.stream().filter(Entry::wholeSection).count();
    }

    /**
     * The rows of the counts by section and of their chart: every section, in the list's order, while they fit the
     * chart; else the {@link ReportRules#chartSections} with the most violations (ties in the list's order) and
     * one line for the rest.
     */
    public List<CountLine> countLines() {
        List<CountLine> all = sections.stream().map(s -> new CountLine(s, 1, counts.row(s))).toList();
        int shown = report.chartSections();
        if (all.size() <= shown) {
            return all;
        }
        List<CountLine> byCount = all.stream().sorted(Comparator.comparingInt(CountLine::total).reversed()).toList();
        int[] rest = new int[DontLet.values().length];
        byCount.subList(shown, byCount.size()).forEach(l -> Arrays.setAll(rest, i -> rest[i] + l.counts()[i]));
        List<CountLine> lines = new ArrayList<>(byCount.subList(0, shown));
        lines.add(new CountLine(null, all.size() - shown, rest));
        return lines;
    }

    /** Whether the notice lists every violation: the month has no more than {@link ReportRules#listAllUpTo}. */
    public boolean listsEveryViolation() {
        return violations.size() <= report.listAllUpTo();
    }

    /**
     * The typical cases of a don't-let, the notice's 反面典型, in the list's order: violations of at least
     * {@link ReportRules#typicalPoints}, by a person with {@link ReportRules#typicalViolations} or more this month, or
     * found again (屡查屡犯); the {@link ReportRules#typicalPerKind} with the most points when there are more.
     */
    public List<Entry> typical(DontLet dontLet) {
        Map<String, Long> perPerson = violations.stream().filter(e -> !e.wholeSection())
                .collect(Collectors.groupingBy(e -> e.violation().employeeId(), Collectors.counting()));
        List<Entry> typical = violations(dontLet).stream().filter(e -> typical(e, perPerson)).toList();
        if (typical.size() <= report.typicalPerKind()) {
            return typical;
        }
        Set<Entry> most = new HashSet<>(typical.stream()
                .sorted(Comparator.comparing((Entry e) -> e.violation().points()).reversed())
                .limit(report.typicalPerKind()).toList());
        return typical.stream().filter(most::contains).toList();
    }

    private boolean typical(Entry e, Map<String, Long> perPerson) {
        Violation v = e.violation();
        return v.points().compareTo(report.typicalPoints()) >= 0 || v.what().key().equals(REPEAT_KEY)
                || (!e.wholeSection() && perPerson.get(v.employeeId()) >= report.typicalViolations());
    }

    public SectionStanding civilized() {
        return standings.stream().filter(SectionStanding::civilized).findFirst().orElse(null);
    }
}
