package org.kaohe.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;

/**
 * SPEC §2.9, §3.5 with the default limits (特急 the same working day, 加急 1, 普通 3 working days) and one point per
 * backlogged document, over the October 2026 calendar with the working day ending at 17:30.
 */
class DocumentBacklogTest {

    private final DocumentBacklog backlog = new DocumentBacklog(Fixtures.rules().deadlines(), Fixtures.OCTOBER,
            d -> Fixtures.CALENDAR.apply(d) == DayType.WORKDAY, d -> LocalTime.of(17, 30));
    private final Messages zh = Messages.forLang("zh");

    private static OfficialDocument doc(String id, Urgency urgency, LocalDateTime received, LocalDateTime done) {
        return new OfficialDocument(id, "1018", received, done, urgency, new SourceRef("documents.xlsx", "收文登记", 7));
    }

    private static LocalDateTime oct(int day, String time) {
        return Fixtures.at(day, time);
    }

    private LocalDateTime deadline(Urgency urgency, LocalDateTime received) {
        return backlog.deadline(doc("D", urgency, received, null));
    }

    @Test
    void extraUrgentEndsWithTheWorkingDayOfReceipt() {
        assertThat(deadline(Urgency.EXTRA_URGENT, oct(12, "09:00"))).isEqualTo(oct(12, "17:30"));
        // received after the day's work ended, or on a Sunday: the next working day
        assertThat(deadline(Urgency.EXTRA_URGENT, oct(12, "17:30"))).isEqualTo(oct(13, "17:30"));
        assertThat(deadline(Urgency.EXTRA_URGENT, oct(11, "10:00"))).isEqualTo(oct(12, "17:30"));
    }

    @Test
    void urgentAndNormalCountWorkingDaysAfterTheDayOfReceipt() {
        // Friday 9 + 1 working day = the make-up Saturday 10
        assertThat(deadline(Urgency.URGENT, oct(9, "15:00"))).isEqualTo(oct(10, "17:30"));
        // Wednesday 14 + 3 = 15, 16, 19 (weekend skipped)
        assertThat(deadline(Urgency.NORMAL, oct(14, "10:00"))).isEqualTo(oct(19, "17:30"));
        // received in the holiday: counts as received Thursday 8, + 3 = 9, 10, 12
        assertThat(deadline(Urgency.NORMAL, oct(3, "10:00"))).isEqualTo(oct(12, "17:30"));
    }

    @Test
    void doneAfterTheLimitIsOneBacklogPoint() {
        PersonDiscipline d = backlog.assess("文电科", List.of(
                doc("文电〔2026〕12号", Urgency.NORMAL, oct(14, "10:00"), oct(20, "09:00"))));
        assertThat(d.lines()).extracting(ScoreLine::column, ScoreLine::points, ScoreLine::date)
                .containsExactly(tuple(ScoreColumn.BACKLOG, BigDecimal.ONE, LocalDate.of(2026, 10, 20)));
        assertThat(zh.get(d.lines().get(0).cause())).isEqualTo("公文 文电〔2026〕12号（普通）2026-10-14 10:00 收文，"
                + "时限：3 个工作日（2026-10-19 17:30 前），2026-10-20 09:00 才办结，积压 1 件，计 1 分");
        assertThat(d.violations()).extracting(Violation::dontLet, Violation::employeeId, Violation::section,
                        Violation::points, Violation::source)
                .containsExactly(tuple(DontLet.BACKLOG, "1018", "文电科", BigDecimal.ONE,
                        new SourceRef("documents.xlsx", "收文登记", 7)));
    }

    @Test
    void doneExactlyAtTheLimitIsInTime() {
        assertThat(backlog.assess("文电科", List.of(doc("A", Urgency.EXTRA_URGENT, oct(12, "09:00"),
                oct(12, "17:30")), doc("B", Urgency.URGENT, oct(12, "16:00"), oct(13, "17:29")))).lines()).isEmpty();
    }

    @Test
    void openPastTheLimitAtTheMonthsEndIsOneBacklog() {
        PersonDiscipline d = backlog.assess("文电科", List.of(
                doc("A", Urgency.EXTRA_URGENT, oct(29, "16:00"), null),
                // done in November: still open at October's end
                doc("B", Urgency.URGENT, oct(29, "09:00"), LocalDateTime.of(2026, 11, 2, 9, 0)),
                // its limit, Wednesday 11-04, is in November
                doc("C", Urgency.NORMAL, oct(29, "09:00"), null)));
        assertThat(d.lines()).extracting(ScoreLine::points, ScoreLine::date).containsExactly(
                tuple(BigDecimal.ONE, LocalDate.of(2026, 10, 31)), tuple(BigDecimal.ONE, LocalDate.of(2026, 10, 31)));
        assertThat(zh.get(d.lines().get(0).cause())).isEqualTo("公文 A（特急）2026-10-29 16:00 收文，"
                + "时限：收文当个工作日下班前（2026-10-29 17:30），到 2026-10-31 月末仍未办结，积压 1 件，计 1 分");
    }

    @Test
    void aBacklogCarriedOverIsChargedAtEveryMonthsEndItIsStillOpenButNotAgainWhenDone() {
        // Monday 09-21 + 3 = Thursday 09-24 (the 中秋 holiday starts later, on 09-25)
        LocalDateTime september = LocalDateTime.of(2026, 9, 21, 9, 0);
        PersonDiscipline d = backlog.assess("文电科", List.of(
                doc("A", Urgency.NORMAL, september, null),
                doc("B", Urgency.NORMAL, september, oct(9, "10:00"))));
        assertThat(d.lines()).hasSize(1);
        assertThat(zh.get(d.lines().get(0).cause())).isEqualTo("公文 A（普通）2026-09-21 09:00 收文，"
                + "时限：3 个工作日（2026-09-24 17:30 前），已跨月积压，到 2026-10-31 月末仍未办结（每个月末仍积压计一次），"
                + "积压 1 件，计 1 分");
    }
}
