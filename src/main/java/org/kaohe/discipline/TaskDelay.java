package org.kaohe.discipline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Msg;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;

/**
 * SPEC §2.8, §3.5: a 督办事项 past its 时限 costs points for each working day of lateness that falls in the
 * evaluated month, at most the cap per task and month. A task done after the month (or not at all) is judged as it
 * stood at the month's last day: still open, so overdue through the month's end. Lateness in earlier months was
 * charged in those months; a task with no overdue working day in the month is not a violation in it.
 */
public final class TaskDelay {

    private final DeadlineRules rules;
    private final YearMonth month;
    private final Predicate<LocalDate> workingDay;

    public TaskDelay(DeadlineRules rules, YearMonth month, Predicate<LocalDate> workingDay) {
        this.rules = rules;
        this.month = month;
        this.workingDay = workingDay;
    }

    /** One DELAY line and violation per task of the person's that is overdue in the month, in 编号 order. */
    public PersonDiscipline assess(String section, List<Task> tasks) {
        List<ScoreLine> lines = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (Task t : tasks.stream().sorted(Comparator.comparing(Task::id, IdOrder.NATURAL)).toList()) {
            boolean doneInTime = t.doneOn() != null && !t.doneOn().isAfter(month.atEndOfMonth());
            LocalDate lateUntil = doneInTime ? t.doneOn() : month.atEndOfMonth();
            LocalDate from = t.due().plusDays(1);
            if (from.isBefore(month.atDay(1))) {
                from = month.atDay(1);
            }
            if (from.isAfter(lateUntil)) {
                continue;
            }
            List<LocalDate> overdue = from.datesUntil(lateUntil.plusDays(1)).filter(workingDay).toList();
            if (overdue.isEmpty()) {
                continue;
            }
            Msg days = days(overdue);
            BigDecimal points = points(overdue.size());
            lines.add(new ScoreLine(ScoreColumn.DELAY, points, lateUntil,
                    task(t, doneInTime, lateUntil, charge(overdue.size(), days)), t.source()));
            // a violation is listed with its points beside it (a notice adds 扣 N 分): the text stops at the lateness
            violations.add(new Violation(DontLet.DELAY, t.employeeId(), section, lateUntil,
                    task(t, doneInTime, lateUntil, Msg.of("deadline.overdue", String.valueOf(overdue.size()), days)),
                    points, t.source()));
        }
        return new PersonDiscipline(lines, violations, List.of());
    }

    private BigDecimal points(int overdueDays) {
        return rules.delayPerWorkingDay().multiply(BigDecimal.valueOf(overdueDays)).min(rules.delayCapPerTask());
    }

    /** "本月逾期 6 个工作日（10-13 至 10-20），每个工作日 1 分，每项每月最多 5 分，计 5 分". */
    private static Msg task(Task t, boolean done, LocalDate lateUntil, Msg lateness) {
        return done ? Msg.of("deadline.task_done", t.id(), t.title(), t.due(), t.doneOn(), lateness)
                : Msg.of("deadline.task_open", t.id(), t.title(), t.due(), lateUntil, lateness);
    }

    private static Msg days(List<LocalDate> overdue) {
        LocalDate first = overdue.get(0);
        LocalDate last = overdue.get(overdue.size() - 1);
        return first.equals(last) ? Msg.of("deadline.one_day", first) : Msg.of("deadline.day_range", first, last);
    }

    private Msg charge(int overdueDays, Msg days) {
        BigDecimal uncapped = rules.delayPerWorkingDay().multiply(BigDecimal.valueOf(overdueDays));
        String n = String.valueOf(overdueDays);
        String per = plain(rules.delayPerWorkingDay());
        String points = plain(points(overdueDays));
        return uncapped.compareTo(rules.delayCapPerTask()) > 0
                ? Msg.of("deadline.delay_capped", n, days, per, points, plain(rules.delayCapPerTask()))
                : Msg.of("deadline.delay", n, days, per, points);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
