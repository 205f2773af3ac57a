package org.kaohe.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.Fixtures.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.attendance.Leave;
import org.kaohe.attendance.LeaveType;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Approval;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.DontLet;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;

/**
 * SPEC §3.10 by hand on October 2026 (1–7 National Day, Saturday 10 worked). Its weeks are those whose Thursday
 * falls in October: Sep 28–Oct 4 (working days Sep 28, 29, 30), Oct 5–11 (8, 9, 10), Oct 12–18, Oct 19–25 and
 * Oct 26–Nov 1 (five working days each).
 */
class InformationQuotaTest {

    private static final String ID = "1001";
    private static final Messages ZH = Messages.forLang("zh");
    private static final Messages EN = Messages.forLang("en");

    private final List<InformationReport> reports = new ArrayList<>();
    private final List<Leave> leaves = new ArrayList<>();

    private static InformationQuota quota(YearMonth month, Function<LocalDate, DayType> calendar) {
        return new InformationQuota(Fixtures.rules().information(), month, calendar,
                Fixtures.rules().attendance().schedule()::segmentsOn);
    }

    private static Staff secretary(LocalDate start, boolean duty) {
        return new Staff(ID, "秘书", "综合科", BigDecimal.ONE, new BigDecimal("3000.00"), start, null, Clocking.CLOCK,
                false, null, duty, new SourceRef("staff.csv", "", 2));
    }

    private InformationOutcome october() {
        return quota(Fixtures.OCTOBER, Fixtures.CALENDAR).assess(secretary(null, true), true, reports, leaves);
    }

    private void submit(String id, LocalDate on, Adoption adoption, LocalDate adoptedOn) {
        reports.add(new InformationReport(id, ID, on, "标题" + id, adoption, adoptedOn,
                new SourceRef("information.csv", "", reports.size() + 2)));
    }

    private void submit(LocalDate on) {
        submit("X" + (reports.size() + 1), on, Adoption.NONE, on);
    }

    private static LocalDate oct(int day) {
        return LocalDate.of(2026, 10, day);
    }

    private static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time));
    }

    private static List<LocalDate> missedThursdays(InformationOutcome o) {
        return o.lines().stream().filter(l -> l.column() == ScoreColumn.INFORMATION).map(ScoreLine::date).toList();
    }

    @Test
    void anEmptyLedgerMissesAllFiveWeeksIncludingTheOneStraddlingSeptember() {
        InformationOutcome o = october();

        assertThat(o.missedWeeks()).isEqualTo(5);
        // each missed week is dated its Thursday, which keeps it in its month
        assertThat(missedThursdays(o)).containsExactly(oct(1), oct(8), oct(15), oct(22), oct(29));
        assertThat(o.lines()).allSatisfy(l -> assertThat(l.points()).isEqualByComparingTo("1"));
        assertThat(ZH.get(o.lines().get(0).cause())).isEqualTo(
                "信息缺报：2026-09-28 至 2026-10-04 这一周未报送信息（本周有 3 个在岗且未全天请假的工作日，最早 2026-09-28），扣 1 分");
        assertThat(EN.get(o.lines().get(0).cause())).isEqualTo("Missed information week 2026-09-28 to 2026-10-04:"
                + " nothing submitted (3 working days employed and not wholly on leave, the first 2026-09-28):"
                + " 1 point");
        assertThat(o.violations()).hasSize(5).allSatisfy(v -> {
            assertThat(v.dontLet()).isEqualTo(DontLet.DELAY);
            assertThat(v.points()).isEqualByComparingTo("1");
            assertThat(v.source()).isEqualTo(new SourceRef("staff.csv", "", 2));
        });
        assertThat(o.violations().get(1).date()).isEqualTo(oct(8));
    }

    @Test
    void aStraddlingWeekIsMetByARowInTheOtherMonthAndASundayRowMeetsItsOwnWeek() {
        submit(LocalDate.of(2026, 9, 29));
        submit(oct(11));
        submit(oct(12));
        submit(oct(25));
        submit(LocalDate.of(2026, 11, 1));

        assertThat(october().missedWeeks()).isZero();
    }

    @Test
    void theWeekOfAMonthsLastDaysCountsInTheNextMonthWhenItsThursdayIsThere() {
        // September's weeks end with Sep 21–27; Sep 28–Oct 4 is October's (its Thursday is Oct 1)
        InformationOutcome september = quota(YearMonth.of(2026, 9), Fixtures.CALENDAR)
                .assess(secretary(null, true), true, reports, leaves);
        assertThat(missedThursdays(september)).containsExactly(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 10),
                LocalDate.of(2026, 9, 17), LocalDate.of(2026, 9, 24));
    }

    @Test
    void aWeekThatIsAllHolidayIsNotOwed() {
        Function<LocalDate, DayType> longHoliday = d -> d.isAfter(oct(7)) && d.isBefore(oct(12)) ? DayType.HOLIDAY
                : Fixtures.CALENDAR.apply(d);
        InformationOutcome o = quota(Fixtures.OCTOBER, longHoliday).assess(secretary(null, true), true, reports,
                leaves);

        assertThat(missedThursdays(o)).containsExactly(oct(1), oct(15), oct(22), oct(29));
    }

    @Test
    void aWeekWhollyOnApprovedLeaveIsNotOwedEvenWhenTheLeaveRowIsOfAnotherMonth() {
        leaves.add(leave(ID, LeaveType.ANNUAL, at(LocalDate.of(2026, 9, 28), "00:00"),
                at(LocalDate.of(2026, 9, 30), "23:59:59"), Approval.APPROVED, 2));
        leaves.add(leave(ID, LeaveType.SICK, at(oct(12), "00:00"), at(oct(16), "23:59:59"), Approval.APPROVED, 3));
        // the morning and the afternoon leave together cover every scheduled minute of Oct 19
        leaves.add(leave(ID, LeaveType.PERSONAL, at(oct(19), "08:00"), at(oct(19), "12:00"), Approval.APPROVED, 4));
        leaves.add(leave(ID, LeaveType.COMP_OFF, at(oct(19), "12:00"), at(oct(19), "17:30"), Approval.APPROVED, 5));
        leaves.add(leave(ID, LeaveType.ANNUAL, at(oct(20), "00:00"), at(oct(23), "23:59:59"), Approval.APPROVED, 6));

        assertThat(missedThursdays(october())).containsExactly(oct(8), oct(29));
    }

    @Test
    void leaveThatLeavesPartOfOneWorkingDayUncoveredOrIsNotApprovedDoesNotExcuseTheWeek() {
        leaves.add(leave(ID, LeaveType.ANNUAL, at(oct(12), "00:00"), at(oct(16), "16:00"), Approval.APPROVED, 2));
        leaves.add(leave(ID, LeaveType.ANNUAL, at(oct(19), "00:00"), at(oct(23), "23:59:59"), Approval.PENDING, 3));

        InformationOutcome o = october();

        assertThat(missedThursdays(o)).contains(oct(15), oct(22));
        assertThat(ZH.get(o.violations().get(2).what())).isEqualTo(
                "信息缺报：2026-10-12 至 2026-10-18 这一周未报送信息（本周有 1 个在岗且未全天请假的工作日，最早 2026-10-16）");
    }

    @Test
    void officialBusinessAndPunchFixesDoNotExcuse() {
        leaves.add(leave(ID, LeaveType.OFFICIAL, at(oct(12), "00:00"), at(oct(16), "23:59:59"), Approval.APPROVED, 2));
        // two hours out on 10-20 is no whole day of 公出: the note counts only days it covers wholly
        leaves.add(leave(ID, LeaveType.OFFICIAL, at(oct(20), "09:30"), at(oct(20), "11:30"), Approval.APPROVED, 4));
        leaves.add(leave(ID, LeaveType.PUNCH_FIX, at(oct(19), "08:00"), null, Approval.APPROVED, 3));
        submit(oct(1));
        submit(oct(8));
        submit(oct(30));

        InformationOutcome o = october();

        assertThat(missedThursdays(o)).containsExactly(oct(15), oct(22));
        assertThat(ZH.get(o.lines().get(0).cause())).isEqualTo("信息缺报：2026-10-12 至 2026-10-18 这一周未报送信息"
                + "（本周有 5 个在岗且未全天请假的工作日，最早 2026-10-12；其中 5 天全天公出，公出不免报送），扣 1 分");
        assertThat(ZH.get(o.violations().get(1).what())).isEqualTo(
                "信息缺报：2026-10-19 至 2026-10-25 这一周未报送信息（本周有 5 个在岗且未全天请假的工作日，最早 2026-10-19）");
    }

    @Test
    void weeksBeforeTheStartDateAreNotOwed() {
        InformationOutcome o = quota(Fixtures.OCTOBER, Fixtures.CALENDAR).assess(secretary(oct(16), true), true,
                reports, leaves);

        assertThat(missedThursdays(o)).containsExactly(oct(15), oct(22), oct(29));
        assertThat(ZH.get(o.violations().get(0).what())).isEqualTo(
                "信息缺报：2026-10-12 至 2026-10-18 这一周未报送信息（本周有 1 个在岗且未全天请假的工作日，最早 2026-10-16）");
    }

    @Test
    void withoutALedgerOrWithoutTheDutyNoWeekIsOwed() {
        InformationQuota quota = quota(Fixtures.OCTOBER, Fixtures.CALENDAR);
        assertThat(quota.assess(secretary(null, true), false, reports, leaves).lines()).isEmpty();
        assertThat(quota.assess(secretary(null, false), true, reports, leaves).lines()).isEmpty();
    }

    @Test
    void adoptionsCountInTheMonthOfTheirAdoptionDateForAnyoneAtEachLevel() {
        submit("X1", oct(9), Adoption.CITY, oct(9));
        submit("X2", oct(13), Adoption.CITY, oct(20));
        submit("X3", oct(21), Adoption.PROVINCE, oct(22));
        submit("X4", LocalDate.of(2026, 9, 24), Adoption.NATIONAL, oct(15));
        submit("X5", oct(28), Adoption.PROVINCE, LocalDate.of(2026, 11, 3));
        submit("X6", oct(29), Adoption.NONE, oct(29));
        Staff noDuty = secretary(null, false);

        InformationOutcome o = quota(Fixtures.OCTOBER, Fixtures.CALENDAR).assess(noDuty, true, reports, leaves);

        // 0.5 + 0.5 + 1 + 2; X5 is November's
        assertThat(o.lines()).extracting(ScoreLine::points).map(BigDecimal::toPlainString)
                .containsExactly("0.5", "0.5", "1", "2");
        assertThat(o.lines()).allSatisfy(l -> assertThat(l.column()).isEqualTo(ScoreColumn.ADOPTION));
        assertThat(o.adoptions(Adoption.CITY)).isEqualTo(2);
        assertThat(o.adoptions(Adoption.PROVINCE)).isEqualTo(1);
        assertThat(o.adoptions(Adoption.NATIONAL)).isEqualTo(1);
        assertThat(o.violations()).isEmpty();
        assertThat(ZH.get(o.lines().get(3).cause()))
                .isEqualTo("信息 X4「标题X4」2026-09-24 报送，国家录用（2026-10-15），加 2 分");
        assertThat(o.lines().get(3).source()).isEqualTo(new SourceRef("information.csv", "", 5));

        InformationOutcome november = quota(YearMonth.of(2026, 11), Fixtures.CALENDAR).assess(noDuty, true, reports,
                leaves);
        assertThat(november.lines()).extracting(ScoreLine::points).map(BigDecimal::toPlainString)
                .containsExactly("1");
        assertThat(november.adoptions(Adoption.PROVINCE)).isEqualTo(1);
    }

    @Test
    void aRowConcernsTheMonthWhenSubmittedInOneOfItsWeeksOrAdoptedInIt() {
        submit("X1", LocalDate.of(2026, 9, 27), Adoption.NONE, LocalDate.of(2026, 9, 27));
        submit("X2", LocalDate.of(2026, 9, 28), Adoption.NONE, LocalDate.of(2026, 9, 28));
        submit("X3", LocalDate.of(2026, 11, 1), Adoption.NONE, LocalDate.of(2026, 11, 1));
        submit("X4", LocalDate.of(2026, 11, 2), Adoption.NONE, LocalDate.of(2026, 11, 2));
        submit("X5", LocalDate.of(2026, 3, 4), Adoption.CITY, oct(12));

        assertThat(reports).extracting(r -> InformationQuota.concerns(Fixtures.OCTOBER, r))
                .containsExactly(false, true, true, false, true);
    }
}
