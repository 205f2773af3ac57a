package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.SourceRef;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;

class StaffBinderTest {

    private final StaffBinder binder = new StaffBinder();

    /** 工号, 姓名, 科室, 绩效基数 as given, other columns as the pairs say. */
    private static RawRow person(long rowNumber, String id, String section, String... more) {
        String[] cells = new String[8 + more.length];
        String[] required = {"工号", id, "姓名", "张三", "科室", section, "绩效基数", "5000"};
        System.arraycopy(required, 0, cells, 0, 8);
        System.arraycopy(more, 0, cells, 8, more.length);
        return TestRows.row(InputKind.STAFF, rowNumber, cells);
    }

    private static SourceRef staffCsv(long row) {
        return new SourceRef("staff.csv", "", row);
    }

    @Test
    void identifiersArePastedCleanZeroWidthFullWidthAndDecomposedAccentsGo() throws Exception {
        Staff s = binder.bind(TestRows.row(InputKind.STAFF, 2, "工号", "\u200B１０２３\uFEFF", "姓名", "Rene\u0301",
                "科室", "综合科\u200B", "绩效基数", "5000", "考勤号", "\u2060８８\u200D"));
        assertThat(List.of(s.id(), s.name(), s.section(), s.deviceId()))
                .containsExactly("1023", "Ren\u00E9", "综合科", "88");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "综合\u0001科|<U+0001>|综合<U+0001>科",
        "\u202E科合综|<U+202E>|<U+202E>科合综",
        "综合科\u200E|<U+200E>|综合科<U+200E>",
        "综合\u2066科\u2069|<U+2066>|综合<U+2066>科<U+2069>",
        "综合\u0085科|<U+0085>|综合<U+0085>科",
        "综合\u001B[2J科|<U+001B>|综合<U+001B>[2J科"})
    void aControlOrBidiCharacterInASectionIsRejectedAndShown(String section, String character, String shown) {
        assertRejected(binder, person(3, "1023", section), "科室", section,
                "含有看不见的字符 " + character + "（" + shown + "），可能是从网页或聊天软件粘贴带来的，请删去后再保存");
    }

    @Test
    void bindsEveryColumn() throws Exception {
        RawRow row = TestRows.row(InputKind.STAFF, 2, "工号", "1023", "姓名", "张三", "科室", "办公室", "岗位系数", "1.2",
                "绩效基数", "5000", "入职日期", "2020/3/1", "离职日期", "2026年10月15日", "考勤方式", "免打卡", "科长", "是",
                "考勤号", "88", "信息报送", "是");
        assertThat(binder.bind(row)).isEqualTo(new Staff("1023", "张三", "办公室", new BigDecimal("1.2"),
                new BigDecimal("5000.00"), LocalDate.of(2020, 3, 1), LocalDate.of(2026, 10, 15), Clocking.EXEMPT,
                true, "88", true, staffCsv(2)));
    }

    @Test
    void emptyOptionalColumnsTakeTheirDefaults() throws Exception {
        RawRow row = person(3, "1024", "办公室", "岗位系数", "", "考勤方式", "", "科长", "", "考勤号", "", "信息报送", "");
        assertThat(binder.bind(row)).isEqualTo(new Staff("1024", "张三", "办公室", BigDecimal.ONE,
                new BigDecimal("5000.00"), null, null, Clocking.CLOCK, false, null, false, staffCsv(3)));
    }

    @Test
    void theInformationDutyIsAYesNoColumn() throws Exception {
        assertThat(binder.bind(person(2, "1023", "办公室", "信息报送", "Y")).infoDuty()).isTrue();
        assertThat(binder.bind(person(3, "1024", "办公室", "信息报送", "否")).infoDuty()).isFalse();
        assertRejected(binder, person(4, "1025", "办公室", "信息报送", "秘书"), "信息报送", "秘书",
                "请填写 是 或 否（也可以写 Y/N、yes/no、true/false、1/0）");
    }

    @Test
    void payBaseKeepsCentsAndAcceptsTrailingZeros() throws Exception {
        assertThat(binder.bind(person(2, "1", "办公室", "绩效基数", "4321.5")).payBase())
                .isEqualTo(new BigDecimal("4321.50"));
        assertThat(binder.bind(person(3, "2", "办公室", "绩效基数", "4321.500")).payBase())
                .isEqualTo(new BigDecimal("4321.50"));
        assertThat(binder.bind(person(4, "3", "办公室", "绩效基数", "0")).payBase()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "工号||不能为空",
            "姓名||不能为空",
            "科室||不能为空",
            "岗位系数|0|必须大于 0",
            "岗位系数|-0.5|必须大于 0",
            "岗位系数|一点二|不是有效的数字，请只写数字，如 5000 或 1.2",
            "绩效基数||不能为空",
            "绩效基数|-1|不能小于 0",
            "绩效基数|5000.505|最多保留 2 位小数",
            "入职日期|2026-02-30|日历上没有这一天",
            "离职日期|2026-10|不是有效的日期，请写成 2026-10-09、2026/10/9 或 2026年10月9日",
            "考勤方式|手工|不是可选的值，可选：打卡/CLOCK, 免打卡/EXEMPT",
            "科长|正|请填写 是 或 否（也可以写 Y/N、yes/no、true/false、1/0）"})
    void rejectsAColumnBreakingItsRule(String column, String value, String reason) {
        String[] cells = {"工号", "1023", "姓名", "张三", "科室", "办公室", "绩效基数", "5000", column, value};
        RawRow row = TestRows.row(InputKind.STAFF, 6, cells);
        assertRejected(binder, row, column, value, reason);
    }

    @Test
    void leavingBeforeStartingIsRejectedButTheSameDayIsNot() throws Exception {
        assertRejected(binder, person(4, "1023", "办公室", "入职日期", "2026-10-01", "离职日期", "2026-09-30"),
                "离职日期", "2026-09-30", "不能早于入职日期（2026-10-01）");
        assertThat(binder.bind(person(5, "1023", "办公室", "入职日期", "2026-10-01", "离职日期", "2026/10/1")).end())
                .isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void aSecondRowWithTheSameIdIsRejectedNamingTheFirst() throws Exception {
        binder.bind(person(2, "1023", "办公室"));
        assertRejected(binder, person(9, "1023", "综合科"), "工号", "1023", "与 staff.csv 第2行重复");
    }

    @Test
    void theFirstRowMayBeOnAnotherSheet() throws Exception {
        binder.bind(TestRows.row(new SourceRef("staff.xlsx", "花名册", 3), InputKind.STAFF,
                "工号", "1023", "姓名", "张三", "科室", "办公室", "绩效基数", "5000"));
        assertRejected(binder, person(9, "1023", "办公室"), "工号", "1023", "与 staff.xlsx 工作表“花名册”第3行重复");
    }

    @Test
    void aRejectedRowTakesNoIdChiefOrDeviceNumber() throws Exception {
        assertRejected(binder, person(2, "1023", "办公室", "科长", "是", "考勤号", "88", "绩效基数", "-1"),
                "绩效基数", "-1", "不能小于 0");
        Staff accepted = binder.bind(person(3, "1023", "办公室", "科长", "是", "考勤号", "88"));
        assertThat(accepted.source()).isEqualTo(staffCsv(3));
    }

    @Test
    void aSectionHasAtMostOneChief() throws Exception {
        binder.bind(person(2, "1023", "办公室", "科长", "是"));
        binder.bind(person(3, "2001", "综合科", "科长", "Y"));
        binder.bind(person(4, "1025", "办公室", "科长", "否"));
        assertRejected(binder, person(5, "1024", "办公室", "科长", "yes"), "科长", "yes",
                "科室“办公室”已有科长（staff.csv 第2行），每个科室只能有一位科长");
    }

    @Test
    void deviceNumbersAreUniqueAmongDeviceNumbers() throws Exception {
        binder.bind(person(2, "1023", "办公室", "考勤号", "88"));
        // a 考勤号 equal to someone's 工号 is allowed: punches match 考勤号 first
        binder.bind(person(3, "1024", "办公室", "考勤号", "1023"));
        assertRejected(binder, person(4, "1025", "办公室", "考勤号", "88"), "考勤号", "88", "与 staff.csv 第2行重复");
    }

    @Test
    void theFirstBrokenRuleInSpecColumnOrderIsReportedWhateverTheFileOrder() {
        RawRow row = TestRows.row(InputKind.STAFF, 7, "考勤方式", "手工", "绩效基数", "abc", "科室", "办公室",
                "姓名", "", "工号", "1023");
        assertRejected(binder, row, "姓名", "", "不能为空");
    }
}
