package org.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.attendance.AttendanceEvent;
import org.kaohe.attendance.AttendanceEvent.Kind;
import org.kaohe.attendance.AttendanceDays;
import org.kaohe.attendance.AttendanceResult;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;

/** SPEC §3.5–3.6: start 100, −1 per late/early/missing, −5 per half day absent, bonuses capped at 5, [0, 105]. */
class ScoreCalculatorTest {

    private final ScoreCalculator calculator = new ScoreCalculator(Fixtures.rules().score());

    private static AttendanceResult attendance(BigDecimal absentDays, List<AttendanceEvent> events) {
        int late = (int) events.stream().filter(e -> e.kind() == Kind.LATE).count();
        int missing = (int) events.stream().filter(e -> e.kind() == Kind.MISSING).count();
        return new AttendanceResult(18, 18, late, 0, missing, absentDays, Map.of(),
                BigDecimal.valueOf(18).subtract(absentDays), events, List.of(), List.of(), AttendanceDays.none());
    }

    private static AttendanceEvent event(Kind kind, int day, String time, long minutes, String days) {
        return new AttendanceEvent(kind, Fixtures.at(day, time), minutes, new BigDecimal(days), null);
    }

    private static ScoreLine line(ScoreColumn column, String points) {
        return new ScoreLine(column, new BigDecimal(points), LocalDate.of(2026, 10, 9), Msg.of("discipline.text", ""),
                null);
    }

    @Test
    void attendanceDeductionsAndAbsencePerHalfDay() {
        AttendanceResult a = attendance(new BigDecimal("1.5"), List.of(
                event(Kind.LATE, 8, "08:00", 12, "0"), event(Kind.MISSING, 9, "17:30", 0, "0"),
                event(Kind.ABSENT, 12, "08:00", 45, "0.5"), event(Kind.ABSENT, 13, "08:00", 0, "1.0")));
        ScoreCard card = calculator.score(a, List.of(line(ScoreColumn.ERROR, "2")), BigDecimal.ZERO, List.of());
        // 1 + 1 + 5 + 10 attendance, 2 error → 100 − 19
        assertThat(card.total(ScoreColumn.ATTENDANCE)).isEqualByComparingTo("17");
        assertThat(card.score()).isEqualByComparingTo("81");
        assertThat(card.totalDeductions()).isEqualByComparingTo("19");
        assertThat(Messages.forLang("zh").get(card.lines().get(0).cause())).isEqualTo("2026-10-08 上班（08:00）迟到 12 分钟");
        assertThat(Messages.forLang("zh").get(card.lines().get(2).cause()))
                .isEqualTo("2026-10-12 迟到/早退 45 分钟，按旷工 0.5 天计");
        assertThat(card.vetoed()).isFalse();
    }

    @Test
    void bonusesTogetherAreCappedAtFiveAndTheScoreAt105() {
        ScoreCard card = calculator.score(attendance(BigDecimal.ZERO, List.of()),
                List.of(line(ScoreColumn.COMMEND, "3"), line(ScoreColumn.COMMEND, "2")), new BigDecimal("4"),
                List.of());
        assertThat(card.total(ScoreColumn.OVERTIME)).isEqualByComparingTo("4");
        assertThat(card.total(ScoreColumn.COMMEND)).isEqualByComparingTo("5");
        assertThat(card.bonusApplied()).isEqualByComparingTo("5");
        assertThat(card.score()).isEqualByComparingTo("105");
    }

    @Test
    void informationAdoptionsShareTheBonusCapWithOvertimeWhileMissedWeeksDeductInFull() {
        // overtime 3.5 + adoptions 1 + 0.5 = 5.0 → all of it; a national adoption on top (2) stays outside the cap
        ScoreCard card = calculator.score(attendance(BigDecimal.ZERO, List.of()),
                List.of(line(ScoreColumn.ADOPTION, "1"), line(ScoreColumn.ADOPTION, "0.5"),
                        line(ScoreColumn.ADOPTION, "2"), line(ScoreColumn.INFORMATION, "1"),
                        line(ScoreColumn.INFORMATION, "1")), new BigDecimal("3.5"), List.of());
        assertThat(card.total(ScoreColumn.ADOPTION)).isEqualByComparingTo("3.5");
        assertThat(card.total(ScoreColumn.INFORMATION)).isEqualByComparingTo("2");
        assertThat(card.bonusApplied()).isEqualByComparingTo("5");
        assertThat(card.totalDeductions()).isEqualByComparingTo("2");
        // 100 − 2 + 5
        assertThat(card.score()).isEqualByComparingTo("103");

        ScoreCard under = calculator.score(attendance(BigDecimal.ZERO, List.of()),
                List.of(line(ScoreColumn.ADOPTION, "0.5"), line(ScoreColumn.COMMEND, "2")), new BigDecimal("1.5"),
                List.of());
        assertThat(under.bonusApplied()).isEqualByComparingTo("4");
        assertThat(under.score()).isEqualByComparingTo("104");
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        ScoreCard card = calculator.score(attendance(BigDecimal.ZERO, List.of()),
                List.of(line(ScoreColumn.FINDING, "60"), line(ScoreColumn.FINDING, "50"),
                        line(ScoreColumn.COMMEND, "2")), BigDecimal.ZERO, List.of());
        assertThat(card.score()).isEqualByComparingTo("0");
    }

    @Test
    void threeDaysOfAbsenceVeto() {
        ScoreCard card = calculator.score(attendance(new BigDecimal("3.0"), List.of()), List.of(), BigDecimal.ZERO,
                List.of());
        assertThat(card.vetoed()).isTrue();
        assertThat(Messages.forLang("zh").get(card.vetoes().get(0).reason())).isEqualTo("本月旷工 3 天，一票否决");
        assertThat(Messages.forLang("zh").get(card.vetoes().get(0).cause())).isEqualTo("旷工 3 天");
        assertThat(Messages.forLang("en").get(card.vetoes().get(0).cause())).isEqualTo("3 days of unexcused absence");
        assertThat(card.vetoes().get(0).source()).isNull();
        assertThat(calculator.score(attendance(new BigDecimal("2.5"), List.of()), List.of(), BigDecimal.ZERO,
                List.of()).vetoed()).isFalse();
    }
}
