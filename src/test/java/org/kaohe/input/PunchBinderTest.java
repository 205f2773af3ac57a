package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kaohe.attendance.Punch;
import org.kaohe.common.SourceRef;

class PunchBinderTest {

    private final PunchBinder binder = new PunchBinder(Roster.DIRECTORY);

    private static RawRow punch(String number, String time) {
        return TestRows.row(InputKind.PUNCHES, 8, "工号", number, "打卡时间", time, "设备", "大门");
    }

    @Test
    void bindsAPunchOfAKnownPerson() throws Exception {
        assertThat(binder.bind(punch("1023", "2026-10-09 08:05:30"))).isEqualTo(
                new Punch("1023", LocalDateTime.of(2026, 10, 9, 8, 5, 30), new SourceRef("punches.csv", "", 8)));
    }

    @Test
    void aDeviceNumberResolvesToThePersonsId() throws Exception {
        assertThat(binder.bind(punch("88", "2026/10/9 17:31")).employeeId()).isEqualTo("1024");
    }

    @Test
    void anUnknownNumberIsRejectedWithTheClosestPersonSuggested() {
        assertRejected(binder, punch("1O23", "2026-10-09 08:05"), "工号", "1O23", "花名册中没有工号或考勤号为 1O23 的人，是否为 张三（1023）？");
        assertRejected(binder, punch("王五", "2026-10-09 08:05"), "工号", "王五", "花名册中没有工号或考勤号为 王五 的人，是否为 王五（2001）？");
        assertRejected(binder, punch("9999", "2026-10-09 08:05"), "工号", "9999", "花名册中没有工号或考勤号为 9999 的人");
    }

    @Test
    void rejectsAMissingNumberOrABadTime() {
        assertRejected(binder, punch("", "2026-10-09 08:05"), "工号", "", "不能为空");
        assertRejected(binder, punch("1023", ""), "打卡时间", "", "不能为空");
        assertRejected(binder, punch("1023", "2026-10-09"), "打卡时间", "2026-10-09",
                "不是有效的日期时间，请写成 2026-10-09 08:05（日期和时间之间空一格）");
    }
}
