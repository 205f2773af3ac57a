package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.ErrorCategory;
import org.kaohe.discipline.ErrorLevel;
import org.kaohe.discipline.WorkError;

class ErrorBinderTest {

    private final ErrorBinder binder = new ErrorBinder(Roster.DIRECTORY, YearMonth.of(2026, 10));

    private static RawRow error(long row, String id, String date, String employee, String category, String level,
                                String recordedOn) {
        return TestRows.row(InputKind.ERRORS, row, "编号", id, "日期", date, "工号", employee, "类别", category,
                "等级", level, "描述", "发文字号错误", "登记日期", recordedOn, "登记人", "李四");
    }

    private static RawRow error(long row, String id, String date) {
        return error(row, id, date, "1023", "公文", "一般", "2026-10-31");
    }

    @Test
    void bindsEveryColumn() throws Exception {
        assertThat(binder.bind(error(2, "E-01", "2026-10-09", "1023", "公文", "较大", "2026/10/12"))).isEqualTo(
                new WorkError("E-01", LocalDate.of(2026, 10, 9), "1023", ErrorCategory.DOCUMENT, ErrorLevel.MAJOR,
                        "发文字号错误", LocalDate.of(2026, 10, 12), "李四", new SourceRef("errors.csv", "", 2)));
    }

    @Test
    void readsCodesAsWellAsTerms() throws Exception {
        WorkError e = binder.bind(error(2, "", "2026-10-09", "2001", "secrecy", "GRAVE", "2026-10-09"));
        assertThat(e.category()).isEqualTo(ErrorCategory.SECRECY);
        assertThat(e.level()).isEqualTo(ErrorLevel.GRAVE);
    }

    @Test
    void anIdIsOptionalButUniqueWhenGiven() throws Exception {
        assertThat(binder.bind(error(2, "", "2026-10-09")).id()).isEmpty();
        assertThat(binder.bind(error(3, "", "2026-10-10")).id()).isEmpty();
        binder.bind(error(4, "E-7", "2026-10-11"));
        assertRejected(binder, error(5, "E-7", "2026-10-12"), "编号", "E-7", "与 errors.csv 第4行重复");
    }

    @Test
    void aDateAfterTheMonthIsRejectedButEarlierMonthsAreKept() throws Exception {
        assertRejected(binder, error(2, "", "2026-11-01"), "日期", "2026-11-01",
                "晚于本月（2026-10）的最后一天，请登记到该日期所在月份的文件夹中");
        assertThat(binder.bind(error(3, "", "2026-10-31")).date()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(binder.bind(error(4, "", "2026-09-15")).date()).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void registeringBeforeTheErrorHappenedIsRejected() throws Exception {
        assertRejected(binder, error(2, "", "2026-10-09", "1023", "公文", "一般", "2026-10-08"), "登记日期",
                "2026-10-08", "不能早于日期（2026-10-09）");
        assertThat(binder.bind(error(3, "", "2026-10-09", "1023", "公文", "一般", "2026年10月9日")).recordedOn())
                .isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|1023|公文|一般|2026-10-10|日期||不能为空",
            "2026-10-09|1O24|公文|一般|2026-10-10|工号|1O24|未知工号 1O24，是否为 李四（1024）？",
            "2026-10-09||公文|一般|2026-10-10|工号||不能为空",
            "2026-10-09|1023|财务|一般|2026-10-10|类别|财务|不是可选的值，可选：公文/DOCUMENT, 会务/MEETING, "
                    + "信息/INFORMATION, 值班/DUTY, 保密/SECRECY, 其他/OTHER",
            "2026-10-09|1023|公文||2026-10-10|等级||不能为空",
            "2026-10-09|1023|公文|严重|2026-10-10|等级|严重|不是可选的值，可选：一般/MINOR, 较大/MAJOR, 重大/GRAVE",
            "2026-10-09|1023|公文|一般||登记日期||不能为空"})
    void rejectsEachBrokenRule(String date, String employee, String category, String level, String recordedOn,
                               String column, String value, String reason) {
        RawRow row = error(6, "", date, employee, category, level, recordedOn);
        assertRejected(binder, row, column, value, reason);
    }
}
