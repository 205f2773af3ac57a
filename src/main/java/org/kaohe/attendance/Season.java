package org.kaohe.attendance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** A seasonal schedule (夏季/冬季作息) for the days from {@code from} to {@code to} inclusive, every year. */
public record Season(String name, MonthDay from, MonthDay to, List<Segment> segments) {

    public boolean includes(LocalDate day) {
        MonthDay d = MonthDay.from(day);
        return from.isAfter(to)
                ? !d.isBefore(from) || !d.isAfter(to)
                : !d.isBefore(from) && !d.isAfter(to);
    }
}
