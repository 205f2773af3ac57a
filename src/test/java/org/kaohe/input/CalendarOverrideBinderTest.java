package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kaohe.calendar.DayType;
import org.kaohe.common.SourceRef;

class CalendarOverrideBinderTest {

    private final CalendarOverrideBinder binder = new CalendarOverrideBinder();

    private static RawRow day(long row, String date, String type) {
        return TestRows.row(InputKind.CALENDAR, row, "日期", date, "类型", type);
    }

    @Test
    void bindsADayByTermOrCode() throws Exception {
        assertThat(binder.bind(day(2, "2026-10-10", "工作日")))
                .isEqualTo(new CalendarOverride(LocalDate.of(2026, 10, 10), DayType.WORKDAY,
                        new SourceRef("calendar.csv", "", 2)));
        assertThat(binder.bind(day(3, "2026/10/11", "holiday")).type()).isEqualTo(DayType.HOLIDAY);
        assertThat(binder.bind(day(4, "2026年10月12日", "休息日")).type()).isEqualTo(DayType.RESTDAY);
    }

    @Test
    void aDayIsListedOnceHoweverItIsWritten() throws Exception {
        binder.bind(day(2, "2026-10-10", "工作日"));
        assertRejected(binder, day(3, "2026/10/10", "休息日"), "日期", "2026/10/10", "与 calendar.csv 第2行重复");
    }

    @Test
    void rejectsEachBrokenRule() {
        assertRejected(binder, day(2, "", "工作日"), "日期", "", "不能为空");
        assertRejected(binder, day(2, "2026-10-32", "工作日"), "日期", "2026-10-32", "日历上没有这一天");
        assertRejected(binder, day(2, "2026-10-10", "调休"), "类型", "调休",
                "不是可选的值，可选：工作日/WORKDAY, 休息日/RESTDAY, 节假日/HOLIDAY");
        assertRejected(binder, day(2, "2026-10-10", ""), "类型", "", "不能为空");
    }
}
