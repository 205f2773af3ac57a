package org.kaohe.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.common.SourceTable;

/**
 * Folds the month's punches, one at a time and in any order, into a {@link PersonPunches} per person. Duty shifts
 * that require a punch are registered first so that each punch can tick the shifts it covers.
 */
public final class PunchLog {

    private final MonthPlan plan;
    private final LocalTime dayStartsAt;
    private final long dutyToleranceSeconds;
    private final SourceTable sources = new SourceTable();
    private final Map<String, PersonPunches> byPerson = new HashMap<>();
    private final Map<String, List<DutyCheck>> dutyByPerson = new HashMap<>();

    public PunchLog(MonthPlan plan, LocalTime dayStartsAt, int dutyToleranceMinutes) {
        this.plan = plan;
        this.dayStartsAt = dayStartsAt;
        this.dutyToleranceSeconds = dutyToleranceMinutes * 60L;
    }

    /** Registers a duty shift start that must see a punch within the tolerance; call before {@link #add}. */
    public DutyCheck expectPunchNear(String employeeId, LocalDateTime shiftStart) {
        DutyCheck check = new DutyCheck(PersonPunches.seconds(shiftStart));
        dutyByPerson.computeIfAbsent(employeeId, k -> new ArrayList<>()).add(check);
        return check;
    }

    public void add(Punch punch) {
        LocalDateTime t = punch.time();
        long seconds = PersonPunches.seconds(t);
        LocalDate attendanceDay = t.toLocalTime().isBefore(dayStartsAt) ? t.toLocalDate().minusDays(1)
                : t.toLocalDate();
        if (plan.contains(attendanceDay) || plan.contains(t.toLocalDate())) {
            long source = sources.pack(punch.source());
            PersonPunches person = person(punch.employeeId());
            if (plan.contains(attendanceDay)) {
                person.offerDay(attendanceDay.getDayOfMonth() - 1, seconds, source);
            }
            plan.forEachWindowHolding(t, (slot, date, b) -> person.offer(slot, b.in(), seconds, source));
        }
        List<DutyCheck> duty = dutyByPerson.get(punch.employeeId());
        if (duty != null) {
            for (DutyCheck d : duty) {
                if (Math.abs(seconds - d.start) <= dutyToleranceSeconds) {
                    d.punched = true;
                }
            }
        }
    }

    private PersonPunches person(String employeeId) {
        return byPerson.computeIfAbsent(employeeId,
                k -> new PersonPunches(sources, plan.boundaryCount(), plan.days().size()));
    }

    /** The person's punches; an empty record when none fell in the month. */
    public PersonPunches of(String employeeId) {
        PersonPunches p = byPerson.get(employeeId);
        return p != null ? p : new PersonPunches(sources, plan.boundaryCount(), plan.days().size());
    }

    /** Whether a duty shift's start saw a punch within the tolerance. */
    public static final class DutyCheck {
        private final long start;
        private boolean punched;

        private DutyCheck(long start) {
            this.start = start;
        }

        public boolean punched() {
            return punched;
        }
    }
}
