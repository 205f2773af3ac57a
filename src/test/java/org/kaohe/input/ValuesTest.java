package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.ZH;
import static org.kaohe.input.TestRows.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaohe.common.SourceRef;
import org.kaohe.staff.Clocking;

class ValuesTest {

    private static final String BAD_DATE = "不是有效的日期，请写成 2026-10-09、2026/10/9 或 2026年10月9日";
    private static final String NO_SUCH_DATE = "日历上没有这一天";
    private static final String BAD_TIME = "不是有效的时间，请写成 08:05 或 08:05:30";
    private static final String BAD_DATE_TIME = "不是有效的日期时间，请写成 2026-10-09 08:05（日期和时间之间空一格）";

    private static Values staffCell(String header, String value) {
        return new Values(row(InputKind.STAFF, 7, header, value));
    }

    /** The Chinese reason a Values call rejects the single cell with. */
    private static String reason(RowBinder<?> read, InputKind kind, String header, String value) {
        RawRow raw = row(kind, 7, header, value);
        Rejection r = Rejected.rejection(read, raw);
        assertThat(r.column()).isEqualTo(header);
        assertThat(r.value()).isEqualTo(value.strip());
        return ZH.get(r.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-09", "2026/10/9", "2026-10-9", "2026/10/09", "2026年10月9日", "2026年10月09日",
            "２０２６－１０－０９", "2026／10／9"})
    void readsEveryDateForm(String text) throws Exception {
        assertThat(staffCell("入职日期", text).date("start_date")).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-02-30|" + NO_SUCH_DATE,
            "2026-13-01|" + NO_SUCH_DATE,
            "2026年2月29日|" + NO_SUCH_DATE,
            "2026-10/9|" + BAD_DATE,
            "2026.10.9|" + BAD_DATE,
            "10/9/2026|" + BAD_DATE,
            "2026-10-09 08:00|" + BAD_DATE,
            "下周一|" + BAD_DATE})
    void rejectsDatesThatAreNotWrittenAsDatesOrDoNotExist(String text, String expected) {
        assertThat(reason(r -> new Values(r).date("start_date"), InputKind.STAFF, "入职日期", text))
                .isEqualTo(expected);
    }

    @Test
    void anEmptyCellIsRequiredOrAbsent() throws Exception {
        assertThat(staffCell("入职日期", "").optionalDate("start_date")).isEmpty();
        assertThat(staffCell("考勤号", "  ").optionalText("device_id")).isEmpty();
        assertThat(reason(r -> new Values(r).date("start_date"), InputKind.STAFF, "入职日期", "")).isEqualTo("不能为空");
        assertThat(reason(r -> new Values(r).requiredText("name"), InputKind.STAFF, "姓名", "")).isEqualTo("不能为空");
    }

    @ParameterizedTest
    @CsvSource({"08:05,08:05:00", "8:05,08:05:00", "08:05:30,08:05:30", "０８：０５,08:05:00", "0:00,00:00:00",
            "23:59:59,23:59:59"})
    void readsEveryTimeForm(String text, LocalTime expected) throws Exception {
        assertThat(new Values(row(InputKind.OVERTIME, 3, "开始时间", text)).time("start")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "08:60", "0805", "8点05分", "08:05:61", "08:5"})
    void rejectsImpossibleOrMisspelledTimes(String text) {
        assertThat(reason(r -> new Values(r).time("start"), InputKind.OVERTIME, "开始时间", text)).isEqualTo(BAD_TIME);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-10-09 08:05:30|2026-10-09T08:05:30",
            "2026/10/9  8:05|2026-10-09T08:05",
            "2026-10-09T08:05|2026-10-09T08:05",
            "2026年10月9日 08:05|2026-10-09T08:05",
            "2026-10-9\t17:30|2026-10-09T17:30"})
    void readsEveryDateTimeForm(String text, LocalDateTime expected) throws Exception {
        assertThat(new Values(row(InputKind.PUNCHES, 2, "打卡时间", text)).dateTime("punch_time")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-10-09|" + BAD_DATE_TIME,
            "08:05|" + BAD_DATE_TIME,
            "2026-10-09 25:00|" + BAD_DATE_TIME,
            "2026-10-09 08:05 上午|" + BAD_DATE_TIME,
            "1971--10--29 -23:-59:-53|" + BAD_DATE_TIME,
            "2026-02-30 08:00|" + NO_SUCH_DATE})
    void rejectsBadDateTimes(String text, String expected) {
        assertThat(reason(r -> new Values(r).dateTime("punch_time"), InputKind.PUNCHES, "打卡时间", text))
                .isEqualTo(expected);
    }

    @Test
    void aBareDateIsTakenAtTheGivenTimeOfDay() throws Exception {
        LocalTime endOfDay = LocalTime.of(23, 59, 59);
        assertThat(new Values(row(InputKind.LEAVE, 2, "结束", "2026/10/9")).dateOrDateTime("end", endOfDay))
                .isEqualTo(LocalDateTime.of(2026, 10, 9, 23, 59, 59));
        assertThat(new Values(row(InputKind.LEAVE, 2, "结束", "2026-10-09 12:00")).dateOrDateTime("end", endOfDay))
                .isEqualTo(LocalDateTime.of(2026, 10, 9, 12, 0));
        assertThat(new Values(row(InputKind.LEAVE, 2, "结束", "")).optionalDateOrDateTime("end", endOfDay))
                .isEmpty();
        assertThat(reason(r -> new Values(r).dateOrDateTime("end", endOfDay), InputKind.LEAVE, "结束", "明天"))
                .isEqualTo("不是有效的日期或日期时间，请写成 2026-10-09 或 2026-10-09 08:05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "Y", "y", "yes", "YES", "True", "1", "Ｙ"})
    void readsYes(String text) throws Exception {
        assertThat(staffCell("科长", text).yesNo("is_chief", false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "N", "n", "no", "No", "FALSE", "0"})
    void readsNo(String text) throws Exception {
        assertThat(staffCell("科长", text).yesNo("is_chief", true)).isFalse();
    }

    @Test
    void anEmptyYesNoTakesTheDefaultAndAnythingElseIsRejected() throws Exception {
        assertThat(staffCell("科长", "").yesNo("is_chief", false)).isFalse();
        assertThat(staffCell("科长", "").yesNo("is_chief", true)).isTrue();
        assertThat(reason(r -> new Values(r).yesNo("is_chief", false), InputKind.STAFF, "科长", "对"))
                .isEqualTo("请填写 是 或 否（也可以写 Y/N、yes/no、true/false、1/0）");
    }

    @ParameterizedTest
    @CsvSource({"5000,5000", "+1.5,1.5", "0.5,0.5", ".5,0.5", "-3,-3", "１２.５,12.5", "5000.00,5000.00"})
    void readsPlainDecimals(String text, BigDecimal expected) throws Exception {
        assertThat(staffCell("绩效基数", text).decimal("pay_base")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "1e3", "1,000", "五千", "12元", "--1", "."})
    void rejectsAnythingButAPlainNumber(String text) {
        assertThat(reason(r -> new Values(r).decimal("pay_base"), InputKind.STAFF, "绩效基数", text))
                .isEqualTo("不是有效的数字，请只写数字，如 5000 或 1.2");
    }

    @ParameterizedTest
    @CsvSource({"打卡,CLOCK", "免打卡,EXEMPT", "exempt,EXEMPT", "Clock,CLOCK"})
    void readsAChoiceByTermOrCode(String text, Clocking expected) throws Exception {
        assertThat(staffCell("考勤方式", text).choice("clocking", Clocking.class)).isEqualTo(expected);
    }

    @Test
    void anUnknownChoiceListsTheAcceptedValues() throws Exception {
        assertThat(staffCell("考勤方式", "").optionalChoice("clocking", Clocking.class)).isEmpty();
        assertThat(reason(r -> new Values(r).choice("clocking", Clocking.class), InputKind.STAFF, "考勤方式", "手工"))
                .isEqualTo("不是可选的值，可选：打卡/CLOCK, 免打卡/EXEMPT");
    }

    @Test
    void aRejectionNamesTheColumnAsTheFileWritesItTheRawValueAndTheRow() {
        SourceRef where = new SourceRef("staff.xlsx", "花名册", 12);
        RawRow raw = TestRows.row(where, InputKind.STAFF, "employee_id", "1023", "start_date", " 2026-02-30 ");
        Rejection r = Rejected.rejection(v -> new Values(v).date("start_date"), raw);
        assertThat(r).isEqualTo(new Rejection(where, "start_date", "2026-02-30", Reasons.noSuchDate()));
    }

    @Test
    void aMissingOptionalColumnReadsAsEmptyAndIsNamedByItsChineseHeader() throws Exception {
        Values v = new Values(row(InputKind.STAFF, 4, "工号", "1023"));
        assertThat(v.optionalDecimal("post_coefficient")).isEqualTo(Optional.empty());
        assertThat(v.text("device_id")).isEmpty();
        assertThat(Rejected.rejection(r -> new Values(r).decimal("pay_base"), row(InputKind.STAFF, 4, "工号", "1")))
                .isEqualTo(new Rejection(new SourceRef("staff.csv", "", 4), "绩效基数", "", Reasons.required()));
    }
}
