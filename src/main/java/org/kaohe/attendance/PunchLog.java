package org.kaohe.attendance;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.common.SourceTable;

/**
 * Folds the month's punches, one at a time and in any order, into a {@link PersonPunches} per person. Duty shifts
 * that require a punch are registered first so that each punch can tick the shifts it covers. Punch files list a
 * person's punches of a day (or month) one after another, so the last person's records are kept at hand instead of
 * being looked up in the maps of 100,000 people for every row.
 */
public final class PunchLog {

    private final MonthPlan plan;
    private final PunchWindows windows;
    private final LocalTime dayStartsAt;
    private final long dutyToleranceSeconds;
    private final SourceTable sources = new SourceTable();
    private final Map<String, PersonPunches> byPerson = new HashMap<>();
    private final Map<String, List<DutyCheck>> dutyByPerson = new HashMap<>();
    private String lastEmployeeId;
    /** The last person's punches, null while none of theirs fell in the month. */
    private PersonPunches lastPunches;
    private List<DutyCheck> lastDuty;

    public PunchLog(MonthPlan plan, LocalTime dayStartsAt, int dutyToleranceMinutes) {
        this.plan = plan;
        this.windows = new PunchWindows(plan);
        this.dayStartsAt = dayStartsAt;
        this.dutyToleranceSeconds = dutyToleranceMinutes * 60L;
    }

    /** Registers a duty shift start that must see a punch within the tolerance; call before {@link #add}. */
    public DutyCheck expectPunchNear(String employeeId, LocalDateTime shiftStart) {
        DutyCheck check = new DutyCheck(PersonPunches.seconds(shiftStart));
        dutyByPerson.computeIfAbsent(employeeId, k -> new ArrayList<>()).add(check);
        lastEmployeeId = null; // the person's list may be new: look it up again at the next punch
        return check;
    }

    public void add(Punch punch) {
        LocalDateTime t = punch.time();
        long seconds = PersonPunches.seconds(t);
        int day = windows.day(seconds);
        int attendanceDay = t.toLocalTime().isBefore(dayStartsAt) ? day - 1 : day;
        switchTo(punch.employeeId());
        if (windows.inMonth(attendanceDay) || windows.inMonth(day)) {
            long source = sources.pack(punch.source());
            if (lastPunches == null) {
                lastPunches = new PersonPunches(sources, plan.boundaryCount(), plan.days().size());
                byPerson.put(lastEmployeeId, lastPunches);
            }
            if (windows.inMonth(attendanceDay)) {
                lastPunches.offerDay(attendanceDay, seconds, source);
            }
            windows.offer(lastPunches, day, seconds, source);
        }
        if (lastDuty != null) {
            for (DutyCheck d : lastDuty) {
                if (Math.abs(seconds - d.start) <= dutyToleranceSeconds) {
                    d.punched = true;
                }
            }
        }
    }

    private void switchTo(String employeeId) {
        if (!employeeId.equals(lastEmployeeId)) {
            lastEmployeeId = employeeId;
            lastPunches = byPerson.get(employeeId);
            lastDuty = dutyByPerson.get(employeeId);
        }
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
