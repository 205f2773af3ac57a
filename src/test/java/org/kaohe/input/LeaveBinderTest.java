package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.attendance.Leave;
import org.kaohe.attendance.LeaveType;
import org.kaohe.common.Approval;
import org.kaohe.common.SourceRef;

class LeaveBinderTest {

    private static final SourceRef ROW_4 = new SourceRef("leave.csv", "", 4);

    private final LeaveBinder binder = new LeaveBinder(Roster.DIRECTORY);

    private static RawRow leave(String id, String type, String start, String end, String status) {
        return TestRows.row(InputKind.LEAVE, 4, "工号", id, "类型", type, "开始", start, "结束", end,
                "审批状态", status, "审批人", "李四");
    }

    @Test
    void bindsALeaveWithTimes() throws Exception {
        assertThat(binder.bind(leave("1023", "事假", "2026-10-09 08:00", "2026-10-09 12:00", "已批准")))
                .isEqualTo(new Leave("1023", LeaveType.PERSONAL, LocalDateTime.of(2026, 10, 9, 8, 0),
                        LocalDateTime.of(2026, 10, 9, 12, 0), Approval.APPROVED, "李四", ROW_4));
    }

    @Test
    void bareDatesCoverWholeDays() throws Exception {
        Leave leave = binder.bind(leave("1024", "sick", "2026/10/9", "2026年10月10日", "pending"));
        assertThat(leave).isEqualTo(new Leave("1024", LeaveType.SICK, LocalDateTime.of(2026, 10, 9, 0, 0),
                LocalDateTime.of(2026, 10, 10, 23, 59, 59), Approval.PENDING, "李四", ROW_4));
        assertThat(binder.bind(leave("1024", "年休假", "2026-10-09", "2026-10-09", "已批准")).end())
                .isEqualTo(LocalDateTime.of(2026, 10, 9, 23, 59, 59));
    }

    @ParameterizedTest
    @CsvSource({"陪产假,MATERNITY", "产假,MATERNITY", "出差,OFFICIAL", "公出,OFFICIAL", "调休,COMP_OFF",
            "home_visit,HOME_VISIT"})
    void readsEveryTermOfALeaveType(String text, LeaveType expected) throws Exception {
        assertThat(binder.bind(leave("1023", text, "2026-10-09", "2026-10-09", "已批准")).type()).isEqualTo(expected);
    }

    @Test
    void onlyAPunchFixMayLeaveTheEndEmpty() throws Exception {
        RawRow fix = TestRows.row(InputKind.LEAVE, 4, "工号", "1023", "类型", "补卡", "开始", "2026-10-09 08:00",
                "结束", "", "审批状态", "已批准");
        assertThat(binder.bind(fix)).isEqualTo(new Leave("1023", LeaveType.PUNCH_FIX,
                LocalDateTime.of(2026, 10, 9, 8, 0), null, Approval.APPROVED, "", ROW_4));
        assertRejected(binder, leave("1023", "事假", "2026-10-09 08:00", "", "已批准"), "结束", "", "不能为空");
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        assertRejected(binder, leave("1023", "事假", "2026-10-09 08:00", "2026-10-08", "已批准"), "结束", "2026-10-08",
                "不能早于开始（2026-10-09 08:00）");
        assertRejected(binder, leave("1023", "补卡", "2026-10-09 18:00", "2026-10-09 17:00", "已批准"), "结束",
                "2026-10-09 17:00", "不能早于开始（2026-10-09 18:00）");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1O23|事假|2026-10-09|2026-10-09|已批准|工号|1O23|未知工号 1O23，是否为 张三（1023）？",
            "1023|病休|2026-10-09|2026-10-09|已批准|类型|病休|不是可选的值，可选：事假/PERSONAL, 病假/SICK, 年休假/ANNUAL, "
                    + "婚假/MARRIAGE, 丧假/BEREAVEMENT, 产假/MATERNITY, 探亲假/HOME_VISIT, 调休/COMP_OFF, 公出/OFFICIAL, "
                    + "补卡/PUNCH_FIX",
            "1023|事假||2026-10-09|已批准|开始||不能为空",
            "1023|事假|2026-10-09 8点|2026-10-09|已批准|开始|2026-10-09 8点|"
                    + "不是有效的日期或日期时间，请写成 2026-10-09 或 2026-10-09 08:05",
            "1023|事假|2026-10-09|2026-10-09||审批状态||不能为空",
            "1023|事假|2026-10-09|2026-10-09|同意|审批状态|同意|不是可选的值，可选：已批准/APPROVED, 待审批/PENDING, "
                    + "已驳回/REJECTED"})
    void rejectsEachBrokenRule(String id, String type, String start, String end, String status, String column,
                               String value, String reason) {
        assertRejected(binder, leave(id, type, start, end, status), column, value, reason);
    }
}
