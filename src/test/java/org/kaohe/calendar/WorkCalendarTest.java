package org.kaohe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.calendar.DayType.HOLIDAY;
import static org.kaohe.calendar.DayType.RESTDAY;
import static org.kaohe.calendar.DayType.WORKDAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaohe.common.Messages;

class WorkCalendarTest {

    private static final Messages ZH = Messages.forLang("zh");
    private static WorkCalendar shipped;

    @BeforeAll
    static void loadShipped() throws CalendarException {
        shipped = WorkCalendar.load(Path.of("jobs/calendar"));
    }

    @Test
    void nationalDay2026LeavesEighteenWorkdaysIncludingTheMakeUpSaturday() {
        assertThat(shipped.workdays(YearMonth.of(2026, 10))).containsExactly(
                day("2026-10-08"), day("2026-10-09"), day("2026-10-10"),
                day("2026-10-12"), day("2026-10-13"), day("2026-10-14"), day("2026-10-15"), day("2026-10-16"),
                day("2026-10-19"), day("2026-10-20"), day("2026-10-21"), day("2026-10-22"), day("2026-10-23"),
                day("2026-10-26"), day("2026-10-27"), day("2026-10-28"), day("2026-10-29"), day("2026-10-30"));
    }

    @Test
    void workdayCountsOfHolidayMonths() {
        assertThat(shipped.workdays(YearMonth.of(2025, 10))).hasSize(18);
        assertThat(shipped.workdays(YearMonth.of(2024, 10))).hasSize(19);
        assertThat(shipped.workdays(YearMonth.of(2026, 2))).hasSize(16);
        assertThat(shipped.workdays(YearMonth.of(2026, 9))).hasSize(22);
    }

    @Test
    void makeUpWeekendsAreWorkdaysAndWeekendsInsideAHolidayAreHolidays() {
        assertThat(shipped.typeOf(day("2025-10-11"))).isEqualTo(WORKDAY);
        assertThat(shipped.typeOf(day("2025-09-28"))).isEqualTo(WORKDAY);
        assertThat(shipped.typeOf(day("2026-10-03"))).isEqualTo(HOLIDAY);
        assertThat(shipped.typeOf(day("2026-10-04"))).isEqualTo(HOLIDAY);
        assertThat(shipped.typeOf(day("2026-10-05"))).isEqualTo(HOLIDAY);
        assertThat(shipped.typeOf(day("2026-10-17"))).isEqualTo(RESTDAY);
        assertThat(shipped.typeOf(day("2026-10-16"))).isEqualTo(WORKDAY);
    }

    @Test
    void overridesWinAndLeaveTheOriginalUntouched() {
        WorkCalendar overridden = shipped.withOverrides(Map.of(
                day("2026-10-09"), HOLIDAY, day("2026-10-10"), RESTDAY, day("2026-10-17"), WORKDAY));

        assertThat(overridden.typeOf(day("2026-10-09"))).isEqualTo(HOLIDAY);
        assertThat(overridden.typeOf(day("2026-10-10"))).isEqualTo(RESTDAY);
        assertThat(overridden.typeOf(day("2026-10-17"))).isEqualTo(WORKDAY);
        assertThat(overridden.workdays(YearMonth.of(2026, 10))).hasSize(17);
        assertThat(shipped.workdays(YearMonth.of(2026, 10))).hasSize(18);
        assertThat(overridden.withOverrides(Map.of(day("2026-10-09"), WORKDAY)).typeOf(day("2026-10-09")))
                .isEqualTo(WORKDAY);
    }

    @Test
    void aMonthOfAYearWithoutAShippedCalendarIsRefused() {
        assertThatThrownBy(() -> shipped.requireMonth(YearMonth.of(2027, 3)))
                .isInstanceOfSatisfying(CalendarException.class, e -> {
                    assertThat(ZH.get(e.reason()))
                            .isEqualTo("没有 2027 年的官方日历：请在月份文件夹中放入 calendar.csv，列出 2027-03 的每一天");
                    assertThat(e.where()).isEmpty();
                });
        assertThatThrownBy(() -> shipped.workdays(YearMonth.of(2027, 3)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFullMonthOfOverridesStandsInForTheMissingYear() throws CalendarException {
        Map<LocalDate, DayType> march = weekRuleMonth(YearMonth.of(2027, 3));
        march.put(day("2027-03-01"), HOLIDAY);
        WorkCalendar calendar = shipped.withOverrides(march);

        calendar.requireMonth(YearMonth.of(2027, 3));

        assertThat(calendar.workdays(YearMonth.of(2027, 3))).hasSize(22)
                .startsWith(day("2027-03-02")).endsWith(day("2027-03-31"));
    }

    @Test
    void aPartialMonthOfOverridesIsStillRefused() {
        Map<LocalDate, DayType> march = weekRuleMonth(YearMonth.of(2027, 3));
        march.remove(day("2027-03-05"));
        march.remove(day("2027-03-20"));
        WorkCalendar calendar = shipped.withOverrides(march);

        assertThatThrownBy(() -> calendar.requireMonth(YearMonth.of(2027, 3)))
                .isInstanceOfSatisfying(CalendarException.class, e -> assertThat(ZH.get(e.reason())).isEqualTo(
                        "没有 2027 年的官方日历：月份文件夹中的 calendar.csv 必须列出 2027-03 的每一天，"
                                + "还缺 2 天（第一天是 2027-03-05）"));
    }

    @Test
    void shippedYearsNeedNoOverrides() throws CalendarException {
        shipped.requireMonth(YearMonth.of(2024, 1));
        shipped.requireMonth(YearMonth.of(2026, 12));
    }

    @Test
    void workingDaysAfterSkipsHolidaysAndCountsMakeUpDaysAcrossMonthAndYearEnds() {
        // 9-27 rest, 9-28 make-up, 9-29, 9-30, 10-01..08 holiday, 10-09, 10-10
        assertThat(shipped.workingDaysAfter(day("2025-09-26"), day("2025-10-10"))).isEqualTo(5);
        // 12-30, 12-31, 1-01 holiday, 1-02, 1-03
        assertThat(shipped.workingDaysAfter(day("2024-12-27"), day("2025-01-03"))).isEqualTo(4);
        // Spring Festival 2026: 2-13, 2-14 make-up, 2-15..23 holiday, 2-24..27, 2-28 make-up, 3-02
        assertThat(shipped.workingDaysAfter(day("2026-02-12"), day("2026-03-02"))).isEqualTo(8);
        assertThat(shipped.workingDaysAfter(day("2025-10-10"), day("2025-10-10"))).isZero();
        assertThat(shipped.workingDaysAfter(day("2025-10-10"), day("2025-10-09"))).isZero();
    }

    @Test
    void daysOfAYearNotShippedFollowMondayToFridayOutsideTheEvaluatedMonth() {
        // 2026-12-31, 2027-01-01 (Friday, unknown to the shipped calendars), 2027-01-04
        assertThat(shipped.workingDaysAfter(day("2026-12-30"), day("2027-01-04"))).isEqualTo(3);
        assertThat(shipped.withOverrides(Map.of(day("2027-01-01"), HOLIDAY))
                .workingDaysAfter(day("2026-12-30"), day("2027-01-04"))).isEqualTo(2);
    }

    private static Map<LocalDate, DayType> weekRuleMonth(YearMonth month) {
        Map<LocalDate, DayType> days = new LinkedHashMap<>();
        List<LocalDate> all = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).toList();
        for (LocalDate d : all) {
            days.put(d, d.getDayOfWeek().getValue() >= 6 ? RESTDAY : WORKDAY);
        }
        return days;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
