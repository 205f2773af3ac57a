package org.kaohe.information;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaohe.attendance.Leave;
import org.kaohe.attendance.LeaveType;
import org.kaohe.attendance.Segment;
import org.kaohe.calendar.DayType;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Msg;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;
import org.kaohe.staff.Staff;

/**
 * SPEC §3.10. A person with the duty owes one submission per week (Monday–Sunday, in the month of its Thursday)
 * that has an employed working day not wholly covered by approved leave; a week owed and without a submission is a
 * 信息缺报 and a DELAY violation. Days of a straddling week in the next or previous month are judged the same way,
 * with the same calendar and leave rows. Adoptions count in the month of their 采用日期, for anyone.
 */
public final class InformationQuota {

    private final InformationRules rules;
    private final YearMonth month;
    private final Function<LocalDate, DayType> calendar;
    private final Function<LocalDate, List<Segment>> schedule;

    public InformationQuota(InformationRules rules, YearMonth month, Function<LocalDate, DayType> calendar,
                            Function<LocalDate, List<Segment>> schedule) {
        this.rules = rules;
        this.month = month;
        this.calendar = calendar;
        this.schedule = schedule;
    }

    /**
     * @param ledgerKept whether the month folder holds a ledger at all: without one no week is owed
     * @param reports the person's accepted ledger rows (rows of other months simply meet no week of this one)
     * @param leaves every leave row of the person's, of any month
     */
    public InformationOutcome assess(Staff person, boolean ledgerKept, List<InformationReport> reports,
                                     List<Leave> leaves) {
        List<ScoreLine> lines = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        if (ledgerKept && person.infoDuty()) {
            missedWeeks(person, reports, leaves, lines, violations);
        }
        Map<Adoption, Integer> adoptions = adoptions(reports, lines);
        return new InformationOutcome(lines, violations, violations.size(), adoptions);
    }

    /** One 信息扣分 line and DELAY violation per owed week of the month without a submission. */
    private void missedWeeks(Staff person, List<InformationReport> reports, List<Leave> leaves, List<ScoreLine> lines,
                             List<Violation> violations) {
        List<Leave> excusing = leaves.stream().filter(InformationQuota::excuses).toList();
        for (LocalDate monday : mondays(month)) {
            LocalDate sunday = monday.plusDays(6);
            if (reports.stream().anyMatch(r -> within(r.submittedOn(), monday, sunday))) {
                continue;
            }
            List<LocalDate> owed = monday.datesUntil(sunday.plusDays(1))
                    .filter(d -> calendar.apply(d) == DayType.WORKDAY && person.employedOn(d)
                            && !whollyOnLeave(d, excusing))
                    .toList();
            if (owed.isEmpty()) {
                continue;
            }
            // dated the week's Thursday, the day that puts the week in its month: a week ending in the next month is
            // still this month's violation
            LocalDate thursday = monday.plusDays(3);
            Msg week = Msg.of("info.week_missed", monday, sunday, String.valueOf(owed.size()), owed.get(0),
                    officialNote(owed, leaves));
            lines.add(new ScoreLine(ScoreColumn.INFORMATION, rules.missedWeekPoints(), thursday,
                    Msg.of("info.missed", week, plain(rules.missedWeekPoints())), person.source()));
            violations.add(new Violation(DontLet.DELAY, person.id(), person.section(), thursday, week,
                    rules.missedWeekPoints(), person.source()));
        }
    }

    /** One 信息加分 line per piece adopted in the month, in 编号 order; the count per level. */
    private Map<Adoption, Integer> adoptions(List<InformationReport> reports, List<ScoreLine> lines) {
        Map<Adoption, Integer> adoptions = new EnumMap<>(Adoption.class);
        for (InformationReport r : reports.stream().filter(InformationReport::adopted)
                .filter(r -> YearMonth.from(r.adoptedOn()).equals(month))
                .sorted(Comparator.comparing(InformationReport::id, IdOrder.NATURAL)).toList()) {
            adoptions.merge(r.adoption(), 1, Integer::sum);
            BigDecimal points = rules.pointsFor(r.adoption());
            lines.add(new ScoreLine(ScoreColumn.ADOPTION, points, r.adoptedOn(), Msg.of("info.adopted", r.id(),
                    r.title(), r.submittedOn(), r.adoption(), r.adoptedOn(), plain(points)), r.source()));
        }
        return adoptions;
    }

    /**
     * Whether a ledger row can matter to the month: submitted in one of its weeks, or adopted in it. A year's ledger
     * holds every week of every person with the duty; only these rows need to be kept.
     */
    public static boolean concerns(YearMonth month, InformationReport r) {
        List<LocalDate> mondays = mondays(month);
        return YearMonth.from(r.adoptedOn()).equals(month)
                || within(r.submittedOn(), mondays.get(0), mondays.get(mondays.size() - 1).plusDays(6));
    }

    /** The Mondays of the weeks whose Thursday falls in the month. */
    private static List<LocalDate> mondays(YearMonth month) {
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (monday.plusDays(3).isBefore(month.atDay(1))) {
            monday = monday.plusWeeks(1);
        }
        List<LocalDate> mondays = new ArrayList<>();
        for (; !monday.plusDays(3).isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        return mondays;
    }

    /** 公出 is work done elsewhere and a 补卡 only supplies a punch: neither frees a person from writing. */
    private static boolean excuses(Leave l) {
        return l.approved() && l.type() != LeaveType.OFFICIAL && l.type() != LeaveType.PUNCH_FIX;
    }

    /** Every scheduled segment of the day covered, end to end, by the union of the excusing leaves. */
    private boolean whollyOnLeave(LocalDate day, List<Leave> excusing) {
        for (Segment s : schedule.apply(day)) {
            if (!covered(day.atTime(s.start()), day.atTime(s.end()), excusing)) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(LocalDateTime from, LocalDateTime to, List<Leave> excusing) {
        LocalDateTime reached = from;
        boolean extended = true;
        // leaves may chain (morning leave, afternoon leave): extend the covered stretch until nothing extends it
        while (extended && reached.isBefore(to)) {
            extended = false;
            for (Leave l : excusing) {
                if (l.covers(reached) && l.end().isAfter(reached)) {
                    reached = l.end();
                    extended = true;
                }
            }
        }
        return !reached.isBefore(to);
    }

    /** "；其中 2 天全天公出，公出不免报送" when approved 公出 wholly covers some of the owed days, else nothing. */
    private Object officialNote(List<LocalDate> owed, List<Leave> leaves) {
        List<Leave> official = leaves.stream().filter(l -> l.approved() && l.type() == LeaveType.OFFICIAL).toList();
        long days = owed.stream().filter(d -> whollyOnLeave(d, official)).count();
        return days == 0 ? "" : Msg.of("info.official_not_excused", String.valueOf(days));
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
