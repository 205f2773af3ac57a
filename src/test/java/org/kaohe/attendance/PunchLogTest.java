package org.kaohe.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.Fixtures.at;
import static org.kaohe.Fixtures.punch;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.common.SourceRef;

/** Folding punches: duty shifts see punches within 30 minutes either side; rows outside the month are ignored. */
class PunchLogTest {

    private final MonthPlan plan = new MonthPlan(Fixtures.OCTOBER, Fixtures.CALENDAR, Fixtures.rules().attendance());
    private final PunchLog log = new PunchLog(plan, LocalTime.of(4, 0), 30);

    @Test
    void aDutyShiftNeedsAPunchWithinThirtyMinutesOfItsStartEitherSide() {
        PunchLog.DutyCheck early = log.expectPunchNear("1001", at(17, "08:00"));
        PunchLog.DutyCheck late = log.expectPunchNear("1001", at(18, "08:00"));
        PunchLog.DutyCheck missed = log.expectPunchNear("1001", at(24, "20:00"));
        PunchLog.DutyCheck otherPerson = log.expectPunchNear("1002", at(17, "08:00"));
        log.add(punch("1001", 17, "07:30", 2));
        log.add(punch("1001", 18, "08:30:00", 3));
        log.add(punch("1001", 24, "19:29:59", 4));
        log.add(punch("1001", 24, "20:31", 5));
        assertThat(early.punched()).isTrue();
        assertThat(late.punched()).isTrue();
        assertThat(missed.punched()).isFalse();
        assertThat(otherPerson.punched()).isFalse();
    }

    @Test
    void punchesInAnyOrderKeepTheEarliestInAndTheLatestOutWithTheirRows() {
        log.add(punch("1001", 8, "17:40", 2));
        log.add(punch("1001", 8, "07:50", 3));
        log.add(punch("1001", 8, "17:35", 4));
        log.add(punch("1001", 8, "07:45", 5));
        log.add(new Punch("1001", Fixtures.OCTOBER.atDay(1).minusDays(1).atTime(8, 0),
                new SourceRef("punches.csv", "", 6)));
        PersonPunches p = log.of("1001");
        assertThat(p.atBoundary(plan.slot(at(8, "08:00").toLocalDate(), 0)))
                .isEqualTo(new PersonPunches.Stamp(at(8, "07:45"), new SourceRef("punches.csv", "", 5)));
        assertThat(p.atBoundary(plan.slot(at(8, "08:00").toLocalDate(), 1)))
                .isEqualTo(new PersonPunches.Stamp(at(8, "17:40"), new SourceRef("punches.csv", "", 2)));
        assertThat(p.firstOfDay(7).time()).isEqualTo(at(8, "07:45"));
        assertThat(p.lastOfDay(7).time()).isEqualTo(at(8, "17:40"));
    }
}
