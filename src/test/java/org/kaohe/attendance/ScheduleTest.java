package org.kaohe.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §3.1: seasonal schedules by date range, the default schedule outside them. */
class ScheduleTest {

    private static final List<Segment> DEFAULT = List.of(seg("08:00", "17:30"));
    private static final List<Segment> SUMMER = List.of(seg("08:00", "12:00"), seg("14:30", "17:30"));
    private static final List<Segment> WINTER = List.of(seg("08:30", "12:00"), seg("13:30", "17:00"));

    private final Schedule schedule = new Schedule(DEFAULT, List.of(
            new Season("夏季作息", MonthDay.of(6, 1), MonthDay.of(9, 30), SUMMER),
            new Season("冬季作息", MonthDay.of(11, 15), MonthDay.of(2, 28), WINTER)));

    private static Segment seg(String start, String end) {
        return new Segment(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void aSeasonAppliesFromItsFirstToItsLastDayInclusive() {
        assertThat(schedule.segmentsOn(LocalDate.of(2026, 5, 31))).isEqualTo(DEFAULT);
        assertThat(schedule.segmentsOn(LocalDate.of(2026, 6, 1))).isEqualTo(SUMMER);
        assertThat(schedule.segmentsOn(LocalDate.of(2026, 9, 30))).isEqualTo(SUMMER);
        assertThat(schedule.segmentsOn(LocalDate.of(2026, 10, 1))).isEqualTo(DEFAULT);
    }

    @Test
    void aSeasonOverTheNewYearWrapsAround() {
        assertThat(schedule.segmentsOn(LocalDate.of(2026, 11, 14))).isEqualTo(DEFAULT);
        assertThat(schedule.segmentsOn(LocalDate.of(2026, 11, 15))).isEqualTo(WINTER);
        assertThat(schedule.segmentsOn(LocalDate.of(2027, 1, 5))).isEqualTo(WINTER);
        assertThat(schedule.segmentsOn(LocalDate.of(2028, 2, 28))).isEqualTo(WINTER);
        assertThat(schedule.segmentsOn(LocalDate.of(2028, 2, 29))).isEqualTo(DEFAULT);
        assertThat(schedule.segmentsOn(LocalDate.of(2027, 3, 1))).isEqualTo(DEFAULT);
    }
}
