package org.kaohe.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.kaohe.calendar.DayType;

/** One day of the month: its calendar type and, on a working day, its segments and clocking boundaries. */
public record DayPlan(LocalDate date, DayType type, List<Segment> segments, List<Boundary> boundaries) {

    public boolean working() {
        return type == DayType.WORKDAY;
    }

    public long scheduledMinutes() {
        return segments.stream().mapToLong(Segment::minutes).sum();
    }

    public LocalDateTime startOf(Segment s) {
        return date.atTime(s.start());
    }

    public LocalDateTime endOf(Segment s) {
        return date.atTime(s.end());
    }
}
