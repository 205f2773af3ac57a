package org.kaohe.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.Fixtures.at;
import static org.kaohe.Fixtures.leave;
import static org.kaohe.Fixtures.punch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.attendance.AttendanceEvent.Kind;
import org.kaohe.common.Approval;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;

/** SPEC §3.1–3.3 on October 2026 (18 working days), one segment 08:00–17:30, grace 5 minutes. */
class AttendanceEvaluatorTest {

    private static final String ID = "1001";
    private final AttendanceRules rules = Fixtures.rules().attendance();
    private final MonthPlan plan = new MonthPlan(Fixtures.OCTOBER, Fixtures.CALENDAR, rules);
    private final PunchLog log = new PunchLog(plan, LocalTime.of(4, 0), 30);
    private final List<Leave> leaves = new ArrayList<>();
    private final Staff staff = Fixtures.staff(ID, "综合科");
    private int row = 2;

    /** Punches 08:00 and 17:30 on every working day except the given days. */
    private void fullMonthExcept(int... skipped) {
        for (DayPlan d : plan.days()) {
            int day = d.date().getDayOfMonth();
            if (d.working() && Arrays.stream(skipped).noneMatch(s -> s == day)) {
                log.add(punch(ID, day, "07:55", row++));
                log.add(punch(ID, day, "17:35", row++));
            }
        }
    }

    private void punches(int day, String... times) {
        for (String t : times) {
            log.add(punch(ID, day, t, row++));
        }
    }

    private AttendanceResult evaluate() {
        return evaluate(staff);
    }

    private AttendanceResult evaluate(Staff s) {
        return new AttendanceEvaluator(plan, rules).evaluate(s, log.of(ID), leaves);
    }

    @Test
    void aPerfectMonthHasNoEventsAndFactorOne() {
        fullMonthExcept();
        AttendanceResult r = evaluate();
        assertThat(r.workdays()).isEqualTo(18);
        assertThat(r.employedWorkdays()).isEqualTo(18);
        assertThat(r.events()).isEmpty();
        assertThat(r.factor(4)).isEqualByComparingTo("1.0000");
    }

    @Test
    void lateAndEarlyCountOnlyBeyondGraceWithSecondsDropped() {
        fullMonthExcept(8, 9, 12, 13);
        punches(8, "08:05:59", "17:24:30");   // 5 min late, 5 min early (seconds dropped): within grace
        punches(9, "08:06:00", "17:30:00");   // 6 min late
        punches(12, "08:00:00", "17:24:00");  // 6 min early
        punches(13, "08:30:59", "17:30:00");  // 30 min late: still 迟到
        AttendanceResult r = evaluate();
        assertThat(r.late()).isEqualTo(2);
        assertThat(r.early()).isEqualTo(1);
        assertThat(r.events()).extracting(AttendanceEvent::kind, AttendanceEvent::minutes)
                .containsExactly(Tuple.tuple(Kind.LATE, 6L),
                        Tuple.tuple(Kind.EARLY, 6L),
                        Tuple.tuple(Kind.LATE, 30L));
        assertThat(r.events().get(0).source()).isEqualTo(new SourceRef("punches.csv", "", 32));
        assertThat(r.absentDays()).isEqualByComparingTo("0");
    }

    @Test
    void lateBeyondThirtyMinutesIsHalfADayAndBeyondThreeHoursAWholeDay() {
        fullMonthExcept(8, 9);
        punches(8, "08:31", "17:30");         // 31 min → 旷工 half a day
        punches(9, "11:01", "17:30");         // 181 min → 旷工 one day
        AttendanceResult r = evaluate();
        assertThat(r.late()).isZero();
        assertThat(r.absentDays()).isEqualByComparingTo("1.5");
        // (18 − 1.5) / 18
        assertThat(r.factor(4)).isEqualByComparingTo("0.9167");
    }

    @Test
    void absenceOnOneDayNeverExceedsOneDay() {
        fullMonthExcept(8);
        punches(8, "11:30", "14:00");         // 210 late and 210 early: two whole days, capped at one
        AttendanceResult r = evaluate();
        assertThat(r.events()).hasSize(2);
        assertThat(r.absentDays()).isEqualByComparingTo("1");
    }

    @Test
    void aDayWithoutAnyPunchIsOneDayOfAbsenceNotTwoMissingPunches() {
        fullMonthExcept(8);
        AttendanceResult r = evaluate();
        assertThat(r.missing()).isZero();
        assertThat(r.absentDays()).isEqualByComparingTo("1");
    }

    @Test
    void aForgottenPunchIsOneMissingPunch() {
        fullMonthExcept(8);
        punches(8, "07:58");
        AttendanceResult r = evaluate();
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.events().get(0).boundary()).isEqualTo(at(8, "17:30"));
    }

    @Test
    void aPunchAfterTheMidpointIsAnOutPunchNotAnInPunch() {
        fullMonthExcept(8);
        punches(8, "12:45", "17:30");         // midpoint of 08:00–17:30 is 12:45: both are OUT punches
        AttendanceResult r = evaluate();
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.late()).isZero();
    }

    @Test
    void approvedHalfDayLeaveExcusesItsBoundaryAndCountsHalfADay() {
        fullMonthExcept(8);
        punches(8, "17:31");
        leaves.add(leave(ID, LeaveType.PERSONAL, at(8, "08:00"), at(8, "12:00"), Approval.APPROVED, 2));
        AttendanceResult r = evaluate();
        assertThat(r.events()).isEmpty();
        // 4 h of 9.5 h = 0.42 → rounded half up to the half day: 0.5
        assertThat(r.leaveDays(LeaveType.PERSONAL)).isEqualByComparingTo("0.5");
        // (18 − 0.5 × 1.0) / 18
        assertThat(r.factor(4)).isEqualByComparingTo("0.9722");
    }

    @Test
    void pendingLeaveExcusesNothingAndIsListedAsNotApplied() {
        fullMonthExcept(8);
        leaves.add(leave(ID, LeaveType.SICK, at(8, "00:00"), at(8, "23:59:59"), Approval.PENDING, 2));
        AttendanceResult r = evaluate();
        assertThat(r.absentDays()).isEqualByComparingTo("1");
        assertThat(r.leaveDays(LeaveType.SICK)).isEqualByComparingTo("0");
        assertThat(r.notApproved()).hasSize(1);
    }

    @Test
    void sickAndOfficialDaysWeighByTheirRatios() {
        fullMonthExcept(8, 9, 12);
        leaves.add(leave(ID, LeaveType.SICK, at(8, "00:00"), at(9, "23:59:59"), Approval.APPROVED, 2));
        leaves.add(leave(ID, LeaveType.OFFICIAL, at(12, "00:00"), at(12, "23:59:59"), Approval.APPROVED, 3));
        leaves.add(leave(ID, LeaveType.ANNUAL, at(3, "00:00"), at(5, "23:59:59"), Approval.APPROVED, 4));
        AttendanceResult r = evaluate();
        assertThat(r.events()).isEmpty();
        assertThat(r.leaveDays(LeaveType.SICK)).isEqualByComparingTo("2");
        assertThat(r.leaveDays(LeaveType.OFFICIAL)).isEqualByComparingTo("0");
        assertThat(r.otherLeaveDays()).isEqualByComparingTo("0");   // annual leave fell on holidays
        // (18 − 2 × 0.5) / 18
        assertThat(r.factor(4)).isEqualByComparingTo("0.9444");
    }

    @Test
    void otherLeaveDaysSumEveryTypeButPersonalSickAndOfficial() {
        fullMonthExcept(8, 9, 12);
        leaves.add(leave(ID, LeaveType.COMP_OFF, at(8, "00:00"), at(8, "23:59:59"), Approval.APPROVED, 2));
        leaves.add(leave(ID, LeaveType.ANNUAL, at(9, "00:00"), at(9, "23:59:59"), Approval.APPROVED, 3));
        leaves.add(leave(ID, LeaveType.MARRIAGE, at(12, "08:00"), at(12, "12:00"), Approval.APPROVED, 4));
        punches(12, "17:30");
        AttendanceResult r = evaluate();
        assertThat(r.events()).isEmpty();
        assertThat(r.otherLeaveDays()).isEqualByComparingTo("2.5");
        assertThat(r.factor(4)).isEqualByComparingTo("1.0000");
    }

    @Test
    void punchFixesFillMissingPunchesUpToThreeAMonthInTimeOrder() {
        fullMonthExcept(8, 9, 12, 13);
        punches(8, "17:30");
        punches(9, "17:30");
        punches(12, "17:30");
        punches(13, "17:30");
        for (int day : new int[] {13, 8, 9, 12}) {
            leaves.add(leave(ID, LeaveType.PUNCH_FIX, at(day, "08:00"), null, Approval.APPROVED, day));
        }
        AttendanceResult r = evaluate();
        assertThat(r.fixes()).extracting(f -> f.fix().start().getDayOfMonth(), FixOutcome::applied)
                .containsExactly(Tuple.tuple(8, true),
                        Tuple.tuple(9, true),
                        Tuple.tuple(12, true),
                        Tuple.tuple(13, false));
        assertThat(Messages.forLang("zh").get(r.fixes().get(3).reason()))
                .isEqualTo("本月已采用 3 次补卡，超出上限");
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.events().get(0).boundary()).isEqualTo(at(13, "08:00"));
    }

    @Test
    void aFixForABoundaryWithARealPunchIsNotAppliedAndALateFixCountsAsLate() {
        fullMonthExcept(8, 9);
        punches(8, "07:59");
        punches(9, "17:30");
        leaves.add(leave(ID, LeaveType.PUNCH_FIX, at(8, "08:00"), null, Approval.APPROVED, 2));
        leaves.add(leave(ID, LeaveType.PUNCH_FIX, at(9, "08:20"), null, Approval.APPROVED, 3));
        AttendanceResult r = evaluate();
        assertThat(r.fixes()).extracting(FixOutcome::applied).containsExactly(false, true);
        assertThat(Messages.forLang("zh").get(r.fixes().get(0).reason()))
                .isEqualTo("该打卡点已有真实打卡（07:59），补卡不采用");
        assertThat(r.missing()).isEqualTo(1);   // day 8 still has no OUT punch
        assertThat(r.late()).isEqualTo(1);      // day 9: the fix supplies 08:20, 20 minutes late
        assertThat(r.events().get(1).source()).isEqualTo(new SourceRef("leave.csv", "", 3));
    }

    @Test
    void daysOutsideEmploymentAreNotEmployedWorkdays() {
        Staff joiner = new Staff(ID, "新人", "综合科", BigDecimal.ONE, new BigDecimal("3000.00"),
                LocalDate.of(2026, 10, 19), null, Clocking.CLOCK, false, null, false, new SourceRef("staff.csv", "", 3));
        fullMonthExcept();
        AttendanceResult r = evaluate(joiner);
        assertThat(r.employedWorkdays()).isEqualTo(10);
        assertThat(r.factor(4)).isEqualByComparingTo("0.5556");
    }

    @Test
    void exemptStaffHaveNoAttendanceRecordsButLeaveStillCounts() {
        Staff exempt = new Staff(ID, "领导", "综合科", BigDecimal.ONE, new BigDecimal("3000.00"), null, null,
                Clocking.EXEMPT, false, null, false, new SourceRef("staff.csv", "", 3));
        leaves.add(leave(ID, LeaveType.PERSONAL, at(8, "00:00"), at(8, "23:59:59"), Approval.APPROVED, 2));
        AttendanceResult r = evaluate(exempt);
        assertThat(r.events()).isEmpty();
        assertThat(r.leaveDays(LeaveType.PERSONAL)).isEqualByComparingTo("1");
        assertThat(r.factor(4)).isEqualByComparingTo("0.9444");
    }

    @Test
    void twoSegmentsSplitTheirWindowsAtTheMiddleOfTheGapAndShareTheDay() {
        AttendanceRules twoSegments = new AttendanceRules(new Schedule(List.of(
                new Segment(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new Segment(LocalTime.of(14, 30), LocalTime.of(17, 30))), List.of()),
                3, 6, 5, 30, 180, 3, rules.deductionRatio());
        MonthPlan twoPlan = new MonthPlan(Fixtures.OCTOBER, Fixtures.CALENDAR, twoSegments);
        PunchLog twoLog = new PunchLog(twoPlan, LocalTime.of(4, 0), 30);
        for (DayPlan d : twoPlan.days()) {
            int day = d.date().getDayOfMonth();
            if (d.working() && day != 8 && day != 9 && day != 12) {
                for (String t : new String[] {"07:58", "12:01", "14:29", "17:31"}) {
                    twoLog.add(punch(ID, day, t, row++));
                }
            }
        }
        // the gap 12:00–14:30 splits at 13:15: 13:14 is the morning OUT, 13:16 the afternoon IN
        for (String t : new String[] {"07:59", "13:14", "17:30"}) {
            twoLog.add(punch(ID, 8, t, row++));
        }
        for (String t : new String[] {"07:59", "12:00"}) {
            twoLog.add(punch(ID, 9, t, row++));
        }
        for (String t : new String[] {"07:59", "13:16", "17:30"}) {
            twoLog.add(punch(ID, 12, t, row++));
        }
        AttendanceResult r = new AttendanceEvaluator(twoPlan, twoSegments).evaluate(staff, twoLog.of(ID), leaves);
        assertThat(r.events()).extracting(AttendanceEvent::kind, AttendanceEvent::boundary,
                        AttendanceEvent::absentDays)
                .containsExactly(Tuple.tuple(Kind.MISSING, at(8, "14:30"), BigDecimal.ZERO),
                        // day 9: the afternoon has no punch in either window → its half of the day is 旷工
                        Tuple.tuple(Kind.ABSENT, at(9, "14:30"), new BigDecimal("0.5")),
                        Tuple.tuple(Kind.MISSING, at(12, "12:00"), BigDecimal.ZERO));
        assertThat(r.missing()).isEqualTo(2);
        assertThat(r.absentDays()).isEqualByComparingTo("0.5");
    }
}
