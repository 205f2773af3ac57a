package org.kaohe.attendance;

import static org.kaohe.common.Times.earlier;
import static org.kaohe.common.Times.later;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kaohe.calendar.DayType;

/**
 * The month's days with their segments and punch windows, shared by everybody (the schedule is office-wide).
 * Between two segments the windows split at the middle of the gap.
 */
public final class MonthPlan {

    private final YearMonth month;
    private final List<DayPlan> days = new ArrayList<>();
    private final int[] boundaryOffset;
    private final int boundaryCount;

    public MonthPlan(YearMonth month, Function<LocalDate, DayType> calendar, AttendanceRules rules) {
        this.month = month;
        this.boundaryOffset = new int[month.lengthOfMonth()];
        int offset = 0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            DayType type = calendar.apply(date);
            List<Segment> segments = type == DayType.WORKDAY ? rules.schedule().segmentsOn(date) : List.of();
            DayPlan plan = new DayPlan(date, type, segments, boundaries(date, segments, rules));
            days.add(plan);
            boundaryOffset[d - 1] = offset;
            offset += plan.boundaries().size();
        }
        this.boundaryCount = offset;
    }

    private static List<Boundary> boundaries(LocalDate date, List<Segment> segments, AttendanceRules rules) {
        List<Boundary> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            LocalDateTime start = date.atTime(s.start());
            LocalDateTime end = date.atTime(s.end());
            LocalDateTime mid = start.plus(Duration.between(start, end).dividedBy(2));
            LocalDateTime inFrom = start.minusHours(rules.windowBeforeStartHours());
            if (i > 0) {
                inFrom = later(inFrom, gapMiddle(date, segments.get(i - 1), s));
            }
            LocalDateTime outTo = end.plusHours(rules.windowAfterEndHours());
            boolean last = i == segments.size() - 1;
            if (!last) {
                outTo = earlier(outTo, gapMiddle(date, s, segments.get(i + 1)));
            }
            out.add(new Boundary(i, true, start, inFrom, mid, false));
            out.add(new Boundary(i, false, end, mid, outTo, last));
        }
        return List.copyOf(out);
    }

    private static LocalDateTime gapMiddle(LocalDate date, Segment before, Segment after) {
        LocalDateTime a = date.atTime(before.end());
        return a.plus(Duration.between(a, date.atTime(after.start())).dividedBy(2));
    }

    public YearMonth month() {
        return month;
    }

    public List<DayPlan> days() {
        return days;
    }

    public DayPlan day(LocalDate date) {
        return days.get(date.getDayOfMonth() - 1);
    }

    public boolean contains(LocalDate date) {
        // field by field: YearMonth.from goes through the generic temporal query, once per punch row
        return date.getYear() == month.getYear() && date.getMonthValue() == month.getMonthValue();
    }

    public int workdays() {
        return (int) days.stream().filter(DayPlan::working).count();
    }

    /** Total boundaries in the month; a boundary's slot is {@link #slot(LocalDate, int)}. */
    public int boundaryCount() {
        return boundaryCount;
    }

    public int slot(LocalDate date, int boundaryIndex) {
        return boundaryOffset[date.getDayOfMonth() - 1] + boundaryIndex;
    }

    /** Calls back with the slot of every boundary whose window holds t (windows of neighbouring days included). */
    public void forEachWindowHolding(LocalDateTime t, WindowHit hit) {
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate date = t.toLocalDate().plusDays(shift);
            if (!contains(date)) {
                continue;
            }
            List<Boundary> bs = day(date).boundaries();
            for (int i = 0; i < bs.size(); i++) {
                if (bs.get(i).accepts(t)) {
                    hit.at(slot(date, i), date, bs.get(i));
                }
            }
        }
    }

    /** A boundary whose window holds a time. */
    @FunctionalInterface
    public interface WindowHit {
        void at(int slot, LocalDate date, Boundary boundary);
    }
}
