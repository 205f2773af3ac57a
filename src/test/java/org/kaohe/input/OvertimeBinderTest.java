package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.Approval;
import org.kaohe.common.SourceRef;
import org.kaohe.overtime.OvertimeClaim;

class OvertimeBinderTest {

    private final OvertimeBinder binder = new OvertimeBinder(Roster.DIRECTORY);

    private static RawRow claim(String employee, String date, String start, String end, String status) {
        return TestRows.row(InputKind.OVERTIME, 5, "工号", employee, "日期", date, "开始时间", start, "结束时间", end,
                "事由", "赶写年度总结", "审批状态", status, "审批人", "张三");
    }

    @Test
    void bindsEveryColumn() throws Exception {
        assertThat(binder.bind(claim("1024", "2026-10-10", "9:00", "12:30", "已批准"))).isEqualTo(new OvertimeClaim(
                "1024", LocalDate.of(2026, 10, 10), LocalTime.of(9, 0), LocalTime.of(12, 30), "赶写年度总结",
                Approval.APPROVED, "张三", new SourceRef("overtime.csv", "", 5)));
    }

    @Test
    void anEndEarlierThanTheStartMeansTheNextDay() throws Exception {
        OvertimeClaim overnight = binder.bind(claim("1023", "2026-10-10", "22:00", "02:00", "approved"));
        assertThat(overnight.endsAt()).isEqualTo(LocalDateTime.of(2026, 10, 11, 2, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1023|2026-10-10|18:00|18:00|已批准|结束时间|18:00|不能与开始时间相同",
            "1023|2026-10-10|18:00|18:00:00|已批准|结束时间|18:00:00|不能与开始时间相同",
            "1023||18:00|20:00|已批准|日期||不能为空",
            "1023|2026-10-10||20:00|已批准|开始时间||不能为空",
            "1023|2026-10-10|18:00||已批准|结束时间||不能为空",
            "1023|2026-10-10|18:00|20:00||审批状态||不能为空",
            "3|2026-10-10|18:00|20:00|已批准|工号|3|未知工号 3"})
    void rejectsEachBrokenRule(String employee, String date, String start, String end, String status,
                               String column, String value, String reason) {
        assertRejected(binder, claim(employee, date, start, end, status), column, value,
                reason);
    }
}
