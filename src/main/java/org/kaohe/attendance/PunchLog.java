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
 * that require a punch are registered first so that each punch can tick the shifts it covers.
 *
 * <p>Punch files list a person's punches together, and the people of one day in the same order as those of the
 * day before. So the last person is kept at hand, and each person remembers who came after them: from the second
 * day on, a row finds its person without a look-up in a map of 100,000 people (a cache miss each).
 */
public final class PunchLog {

    private final MonthPlan plan;
    private final PunchWindows windows;
    private final LocalTime dayStartsAt;
    private final long dutyToleranceSeconds;
    private final SourceTable sources = new SourceTable();
    private final Map<String, Person> people = new HashMap<>();
    private Person last;

    public PunchLog(MonthPlan plan, LocalTime dayStartsAt, int dutyToleranceMinutes) {
        this.plan = plan;
        this.windows = new PunchWindows(plan);
        this.dayStartsAt = dayStartsAt;
        this.dutyToleranceSeconds = dutyToleranceMinutes * 60L;
    }

    /** Registers a duty shift start that must see a punch within the tolerance; call before {@link #add}. */
    public DutyCheck expectPunchNear(String employeeId, LocalDateTime shiftStart) {
        DutyCheck check = new DutyCheck(PersonPunches.seconds(shiftStart));
        Person person = people.computeIfAbsent(employeeId, Person::new);
        if (person.duty.isEmpty()) {
            person.duty = new ArrayList<>();
        }
        person.duty.add(check);
        return check;
    }

    public void add(Punch punch) {
        LocalDateTime t = punch.time();
        long seconds = PersonPunches.seconds(t);
        int day = windows.day(seconds);
        int attendanceDay = t.toLocalTime().isBefore(dayStartsAt) ? day - 1 : day;
        Person person = person(punch.employeeId());
        if (windows.inMonth(attendanceDay) || windows.inMonth(day)) {
            long source = sources.pack(punch.source());
            if (person.punches == null) {
                person.punches = new PersonPunches(sources, plan.boundaryCount(), plan.days().size());
            }
            if (windows.inMonth(attendanceDay)) {
                person.punches.offerDay(attendanceDay, seconds, source);
            }
            windows.offer(person.punches, day, seconds, source);
        }
        for (DutyCheck d : person.duty) {
            if (Math.abs(seconds - d.start) <= dutyToleranceSeconds) {
                d.punched = true;
            }
        }
    }

    private Person person(String employeeId) {
        if (last != null && last.employeeId.equals(employeeId)) {
            return last;
        }
        Person person = last != null && last.next != null && last.next.employeeId.equals(employeeId) ? last.next
                : people.computeIfAbsent(employeeId, Person::new);
        if (last != null) {
            last.next = person;
        }
        last = person;
        return person;
    }

    /** The person's punches; an empty record when none fell in the month. */
    public PersonPunches of(String employeeId) {
        Person p = people.get(employeeId);
        return p != null && p.punches != null ? p.punches
                : new PersonPunches(sources, plan.boundaryCount(), plan.days().size());
    }

    /** What the log keeps of one person. */
    private static final class Person {
        private final String employeeId;
        /** Null while none of their punches fell in the month. */
        private PersonPunches punches;
        private List<DutyCheck> duty = List.of();
        /** Whose punches came right after this person's last time. */
        private Person next;

        private Person(String employeeId) {
            this.employeeId = employeeId;
        }
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
