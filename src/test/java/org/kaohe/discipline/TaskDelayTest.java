package org.kaohe.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;

/**
 * SPEC §2.8, §3.5 with the default rules (1 point per overdue working day, at most 5 per task and month) over the
 * October 2026 calendar: 1–7 holiday, Saturday 10 a working day, 18 working days.
 */
class TaskDelayTest {

    private final TaskDelay delay = new TaskDelay(Fixtures.rules().deadlines(), Fixtures.OCTOBER,
            d -> Fixtures.CALENDAR.apply(d) == DayType.WORKDAY);
    private final Messages zh = Messages.forLang("zh");

    private static Task task(String id, LocalDate due, LocalDate done) {
        return new Task(id, "报送" + id + "材料", "1001", due.minusDays(20), due, done,
                new SourceRef("tasks.csv", "", Integer.parseInt(id.substring(2)) + 1));
    }

    private static LocalDate oct(int day) {
        return Fixtures.OCTOBER.atDay(day);
    }

    private PersonDiscipline assess(Task... tasks) {
        return delay.assess("综合科", List.of(tasks));
    }

    @Test
    void sixWorkingDaysLateIsCappedAtFive() {
        // due Mon 12, done Tue 20: 13, 14, 15, 16, 19, 20 = 6 working days → 6 × 1 = 6 → capped at 5
        PersonDiscipline d = assess(task("T-3", oct(12), oct(20)));
        assertThat(d.lines()).extracting(ScoreLine::column, ScoreLine::points, ScoreLine::date)
                .containsExactly(tuple(ScoreColumn.DELAY, new BigDecimal("5"), oct(20)));
        assertThat(zh.get(d.lines().get(0).cause())).isEqualTo("督办事项 T-3「报送T-3材料」时限 2026-10-12，"
                + "2026-10-20 办结，本月逾期 6 个工作日（2026-10-13 至 2026-10-20），每个工作日 1 分，每项每月最多 5 分，计 5 分");
        assertThat(Messages.forLang("en").get(d.lines().get(0).cause())).isEqualTo("Task T-3 \"报送T-3材料\" due "
                + "2026-10-12, done 2026-10-20; 6 working days overdue this month (2026-10-13 to 2026-10-20), "
                + "1 point each, at most 5 per task and month: 5 points");
        assertThat(d.violations()).extracting(Violation::dontLet, Violation::employeeId, Violation::section,
                        Violation::date, Violation::points, Violation::source)
                .containsExactly(tuple(DontLet.DELAY, "1001", "综合科", oct(20), new BigDecimal("5"),
                        new SourceRef("tasks.csv", "", 4)));
        assertThat(d.vetoes()).isEmpty();
    }

    @Test
    void eachOverdueWorkingDayCostsOnePointAndRestDaysDoNotCount() {
        // due Thu 15, done Mon 19: 16, (17, 18 weekend), 19 = 2; due Wed 14, done Thu 15: 1
        PersonDiscipline d = assess(task("T-5", oct(15), oct(19)), task("T-4", oct(14), oct(15)));
        assertThat(d.lines()).extracting(ScoreLine::points).containsExactly(BigDecimal.ONE, new BigDecimal("2"));
        assertThat(zh.get(d.lines().get(0).cause())).isEqualTo("督办事项 T-4「报送T-4材料」时限 2026-10-14，"
                + "2026-10-15 办结，本月逾期 1 个工作日（2026-10-15），每个工作日 1 分，计 1 分");
        assertThat(zh.get(d.lines().get(1).cause())).endsWith("本月逾期 2 个工作日（2026-10-16 至 2026-10-19），每个工作日 1 分，计 2 分");
    }

    @Test
    void doneByTheDueDateOrLateOnlyOverARestDayIsNoDelay() {
        // done on the due day; due Fri 16 done Sat 17: no working day lost; done before the due day
        assertThat(assess(task("T-1", oct(20), oct(20)), task("T-2", oct(16), oct(17)),
                task("T-6", oct(22), oct(9))).lines()).isEmpty();
    }

    @Test
    void anOpenTaskPastDueCountsItsOverdueWorkingDaysUpToTheMonthsEnd() {
        // due Tue 27, open: 28, 29, 30 = 3 (31 is a Saturday)
        PersonDiscipline d = assess(task("T-7", oct(27), null));
        assertThat(d.lines()).extracting(ScoreLine::points, ScoreLine::date)
                .containsExactly(tuple(new BigDecimal("3"), oct(31)));
        assertThat(zh.get(d.lines().get(0).cause())).isEqualTo("督办事项 T-7「报送T-7材料」时限 2026-10-27，"
                + "到 2026-10-31 仍未办结，本月逾期 3 个工作日（2026-10-28 至 2026-10-30），每个工作日 1 分，计 3 分");
    }

    @Test
    void aTaskDoneAfterTheMonthIsJudgedAsItStoodAtTheMonthsEnd() {
        // due Wed 28, done 11-03: open on 10-31 → 29, 30 = 2 this month (November counts its own days)
        PersonDiscipline d = assess(task("T-8", oct(28), LocalDate.of(2026, 11, 3)));
        assertThat(d.lines()).extracting(ScoreLine::points).containsExactly(new BigDecimal("2"));
        assertThat(zh.get(d.lines().get(0).cause())).contains("到 2026-10-31 仍未办结");
    }

    @Test
    void lateDaysOfEarlierMonthsWereChargedThere() {
        // due Fri 09-25, done 10-09: 09-28..09-30 belong to September; October: 8, 9 = 2 (1–7 holiday)
        // open since 09-15: every October working day is overdue, 18 → capped at 5
        PersonDiscipline d = assess(task("T-9", LocalDate.of(2026, 9, 25), oct(9)),
                task("T-10", LocalDate.of(2026, 9, 15), null));
        assertThat(d.lines()).extracting(ScoreLine::points).containsExactly(new BigDecimal("2"), new BigDecimal("5"));
        assertThat(zh.get(d.lines().get(0).cause())).endsWith("本月逾期 2 个工作日（2026-10-08 至 2026-10-09），每个工作日 1 分，计 2 分");
        assertThat(zh.get(d.lines().get(1).cause())).endsWith(
                "本月逾期 18 个工作日（2026-10-08 至 2026-10-30），每个工作日 1 分，每项每月最多 5 分，计 5 分");
    }

    @Test
    void tasksOutsideTheMonthAreNoDelay() {
        // done in September though late; due in November and open
        assertThat(assess(task("T-11", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 20)),
                task("T-12", LocalDate.of(2026, 11, 5), null)).lines()).isEmpty();
    }
}
