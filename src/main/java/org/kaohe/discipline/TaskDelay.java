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
            Msg what = doneInTime
                    ? Msg.of("deadline.task_done", t.id(), t.title(), t.due(), t.doneOn(), charge(overdue))
                    : Msg.of("deadline.task_open", t.id(), t.title(), t.due(), lateUntil, charge(overdue));
            BigDecimal points = points(overdue.size());
            lines.add(new ScoreLine(ScoreColumn.DELAY, points, lateUntil, what, t.source()));
            violations.add(new Violation(DontLet.DELAY, t.employeeId(), section, lateUntil, what, points,
                    t.source()));
        }
        return new PersonDiscipline(lines, violations, List.of());
    }

    private BigDecimal points(int overdueDays) {
        return rules.delayPerWorkingDay().multiply(BigDecimal.valueOf(overdueDays)).min(rules.delayCapPerTask());
    }

    /** "本月逾期 6 个工作日（10-13 至 10-20），每个工作日 1 分，每项每月最多 5 分，计 5 分". */
    private Msg charge(List<LocalDate> overdue) {
        LocalDate first = overdue.get(0);
        LocalDate last = overdue.get(overdue.size() - 1);
        Msg days = first.equals(last) ? Msg.of("deadline.one_day", first) : Msg.of("deadline.day_range", first, last);
        BigDecimal uncapped = rules.delayPerWorkingDay().multiply(BigDecimal.valueOf(overdue.size()));
        String n = String.valueOf(overdue.size());
        String per = plain(rules.delayPerWorkingDay());
        String points = plain(points(overdue.size()));
        return uncapped.compareTo(rules.delayCapPerTask()) > 0
                ? Msg.of("deadline.delay_capped", n, days, per, points, plain(rules.delayCapPerTask()))
                : Msg.of("deadline.delay", n, days, per, points);
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
