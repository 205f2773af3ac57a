package org.kaohe.overtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.Fixtures.punch;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.attendance.MonthPlan;
import org.kaohe.attendance.PunchLog;
import org.kaohe.common.Approval;
import org.kaohe.common.SourceRef;
import org.kaohe.rules.Rules;

/** SPEC §3.4 with the default rules: 0.5 h steps; 0.2 / 0.3 / 0.5 points an hour; cap 5. */
class OvertimeVerifierTest {

    private static final String ID = "1001";
    private final Rules rules = Fixtures.rules();
    private final MonthPlan plan = new MonthPlan(Fixtures.OCTOBER, Fixtures.CALENDAR, rules.attendance());
    private final PunchLog log = new PunchLog(plan, LocalTime.of(4, 0), 30);
    private final OvertimeVerifier verifier = new OvertimeVerifier(plan, rules.overtime());
    private int row = 2;

    private OvertimeResult verify(int day, String start, String end, Approval status) {
        OvertimeClaim claim = new OvertimeClaim(ID, Fixtures.OCTOBER.atDay(day), LocalTime.parse(start),
                LocalTime.parse(end), "赶材料", status, "", new SourceRef("overtime.csv", "", 2));
        return verifier.verify(claim, log.of(ID));
    }

    private void punches(int day, String... times) {
        for (String t : times) {
            log.add(punch(ID, day, t, row++));
        }
    }

    @Test
    void anEveningOnAWorkingDayIsVerifiedUpToTheLastPunchAndFlooredToHalfHours() {
        punches(8, "07:58", "12:30", "20:31");
        OvertimeResult r = verify(8, "17:30", "21:00", Approval.APPROVED);
        // 17:30–20:31 = 3 h 01 min → 3.0 h × 0.2
        assertThat(r.claimedHours()).isEqualByComparingTo("3.5");
        assertThat(r.verifiedHours()).isEqualByComparingTo("3.0");
        assertThat(r.points()).isEqualByComparingTo("0.60");
        assertThat(r.firstPunch()).isEqualTo(Fixtures.at(8, "07:58"));
    }

    @Test
    void scheduledWorkingTimeInsideTheClaimIsTakenOut() {
        punches(9, "08:00", "20:10");
        OvertimeResult r = verify(9, "16:00", "20:00", Approval.APPROVED);
        // 16:00–20:00 = 4 h, of which 16:00–17:30 is scheduled work → 2.5 h
        assertThat(r.scheduledHours()).isEqualByComparingTo("1.5");
        assertThat(r.verifiedHours()).isEqualByComparingTo("2.5");
        assertThat(r.points()).isEqualByComparingTo("0.50");
    }

    @Test
    void aRestDayEarnsMoreAndOnlyThePunchedSpanCounts() {
        punches(17, "09:10", "11:50");
        OvertimeResult r = verify(17, "09:00", "12:00", Approval.APPROVED);
        // 09:10–11:50 = 2 h 40 min → 2.5 h × 0.3
        assertThat(r.verifiedHours()).isEqualByComparingTo("2.5");
        assertThat(r.points()).isEqualByComparingTo("0.75");
    }

    @Test
    void aClaimPastMidnightIsVerifiedByALatePunchButNotByTheNextMorning() {
        punches(3, "21:55");
        punches(4, "01:40", "08:00");
        OvertimeResult r = verify(3, "22:00", "02:00", Approval.APPROVED);
        // holiday; 22:00–01:40 = 3 h 40 min → 3.5 h × 0.5
        assertThat(r.lastPunch()).isEqualTo(Fixtures.at(4, "01:40"));
        assertThat(r.verifiedHours()).isEqualByComparingTo("3.5");
        assertThat(r.points()).isEqualByComparingTo("1.75");
    }

    @Test
    void unapprovedOrUnpunchedClaimsVerifyNothing() {
        punches(8, "07:58", "20:31");
        assertThat(verify(8, "17:30", "20:30", Approval.PENDING).verifiedHours()).isEqualByComparingTo("0");
        assertThat(verify(12, "17:30", "20:30", Approval.APPROVED).verifiedHours()).isEqualByComparingTo("0");
    }

    @Test
    void monthlyPointsAreCapped() {
        punches(17, "08:00", "20:00");
        punches(18, "08:00", "20:00");
        List<OvertimeResult> results = List.of(verify(17, "08:00", "20:00", Approval.APPROVED),
                verify(18, "08:00", "20:00", Approval.APPROVED));
        // 12 h × 0.3 twice = 7.2 → capped at 5
        assertThat(results.get(0).points()).isEqualByComparingTo("3.6");
        assertThat(verifier.cappedPoints(results)).isEqualByComparingTo("5");
    }
}
