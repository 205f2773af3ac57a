package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.DutyShift;

class DutyBinderTest {

    private final DutyBinder binder = new DutyBinder(Roster.DIRECTORY);

    private static RawRow shift(String start, String end, String employee, String punchRequired) {
        return TestRows.row(InputKind.DUTY, 3, "日期", "2026-10-01", "开始时间", start, "结束时间", end,
                "工号", employee, "需打卡", punchRequired);
    }

    @Test
    void bindsAnOvernightShiftThatNeedsAPunch() throws Exception {
        assertThat(binder.bind(shift("20:00", "08:00", "2001", "是"))).isEqualTo(new DutyShift(
                LocalDate.of(2026, 10, 1), LocalTime.of(20, 0), LocalTime.of(8, 0), "2001", true,
                new SourceRef("duty.csv", "", 3)));
    }

    @Test
    void punchingIsNotRequiredUnlessSaid() throws Exception {
        assertThat(binder.bind(shift("08:00", "17:00", "1023", "")).punchRequired()).isFalse();
        assertThat(binder.bind(TestRows.row(InputKind.DUTY, 4, "日期", "2026-10-02", "开始时间", "8:00",
                "结束时间", "17:00", "工号", "1023")).punchRequired()).isFalse();
    }

    @Test
    void rejectsEachBrokenRule() {
        assertRejected(binder, shift("08:00", "8:00", "1023", ""), "结束时间", "8:00", "不能与开始时间相同");
        assertRejected(binder, shift("", "17:00", "1023", ""), "开始时间", "", "不能为空");
        assertRejected(binder, shift("08:00", "17:00", "张三", ""), "工号", "张三", "未知工号 张三，是否为 张三（1023）？");
        assertRejected(binder, shift("08:00", "17:00", "1023", "要"), "需打卡", "要",
                "请填写 是 或 否（也可以写 Y/N、yes/no、true/false、1/0）");
        assertRejected(binder, TestRows.row(InputKind.DUTY, 3, "日期", "", "开始时间", "8:00", "结束时间", "17:00",
                "工号", "1023"), "日期", "", "不能为空");
    }
}
