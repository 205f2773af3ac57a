package org.kaohe.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaohe.Reference;

/**
 * Checks every day of the shipped calendars against the State Council facts kept outside the project
 * (holiday-cn JSON snapshots; see /work/shared/reference/README.md).
 */
class ShippedCalendarMatchesReferenceTest {

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void everyDayOfTheYearMatchesTheOfficialNotice(int year) throws Exception {
        Map<LocalDate, DayType> official = officialExceptions(year);
        WorkCalendar calendar = WorkCalendar.load(Path.of("jobs/calendar"));

        int checked = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            assertThat(calendar.typeOf(day)).as(day.toString()).isEqualTo(official.getOrDefault(day, weekRule(day)));
            checked++;
        }
        assertThat(checked).isEqualTo(LocalDate.of(year, 1, 1).lengthOfYear());
    }

    private static Map<LocalDate, DayType> officialExceptions(int year) throws IOException {
        Path json = Reference.file("holiday-cn-" + year + ".json");
        List<Map<String, Object>> days = JsonPath.parse(json.toFile()).read("$.days[*]");
        assertThat(days).as("days listed in " + json).isNotEmpty();
        Map<LocalDate, DayType> official = new HashMap<>();
        for (Map<String, Object> day : days) {
            official.put(LocalDate.parse((String) day.get("date")),
                    Boolean.TRUE.equals(day.get("isOffDay")) ? DayType.HOLIDAY : DayType.WORKDAY);
        }
        return official;
    }

    private static DayType weekRule(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? DayType.RESTDAY : DayType.WORKDAY;
    }
}
