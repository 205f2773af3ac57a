package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.Finding;
import org.kaohe.discipline.FindingCategory;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Severity;

class FindingBinderTest {

    private static final SourceRef ROW_9 = new SourceRef("findings.csv", "", 9);

    private final FindingBinder binder = new FindingBinder(Roster.DIRECTORY, YearMonth.of(2026, 10));

    /** A valid personal finding (张三 脱岗 一般) with the given cells overriding it. */
    private static RawRow finding(String... overrides) {
        String[] base = {"编号", "F-1", "日期", "2026-10-09", "督查人", "督查组", "工号", "1023", "科室", "",
                "类别", "", "事项", "脱岗", "严重程度", "一般", "一票否决", "", "分值", "",
                "描述", "上午10点不在岗", "证据", "照片1.jpg"};
        return TestRows.row(InputKind.FINDINGS, 9, Stream.of(base, overrides).flatMap(Stream::of)
                .toArray(String[]::new));
    }

    @Test
    void bindsAPersonalFindingWithTheCategoryImpliedByTheItem() throws Exception {
        assertThat(binder.bind(finding())).isEqualTo(new Finding("F-1", LocalDate.of(2026, 10, 9), "督查组", "1023",
                "办公室", FindingCategory.IMAGE, FindingItem.OFF_POST, Severity.MINOR, false, null, "上午10点不在岗",
                "照片1.jpg", ROW_9));
    }

    @Test
    void bindsAFindingAgainstAWholeSection() throws Exception {
        RawRow row = finding("工号", "", "科室", "综合科", "类别", "积压", "事项", "", "严重程度", "较重", "分值", "3",
                "描述", "", "证据", "");
        Finding f = binder.bind(row);
        assertThat(f).isEqualTo(new Finding("F-1", LocalDate.of(2026, 10, 9), "督查组", null, "综合科",
                FindingCategory.BACKLOG, null, Severity.SERIOUS, false, new BigDecimal("3"), "", "", ROW_9));
        assertThat(f.againstSection()).isTrue();
    }

    @Test
    void aSectionWrittenNextToAnIdMustBeThePersonsOwn() throws Exception {
        assertThat(binder.bind(finding("科室", "办公室")).section()).isEqualTo("办公室");
        assertRejected(binder, finding("编号", "F-2", "科室", "综合科"), "科室", "综合科",
                "与工号 1023（张三）所在的科室“办公室”不符");
    }

    @Test
    void aPastedZeroWidthSpaceOrFullWidthIdFindsThePersonAndTheSection() throws Exception {
        assertThat(binder.bind(finding("工号", "\u200B１０２３", "科室", "办公室\u200B")).employeeId()).isEqualTo("1023");
        assertThat(binder.bind(finding("编号", "F-2", "工号", "", "科室", "\uFEFF综合科", "类别", "积压", "事项", "",
                "分值", "3")).section()).isEqualTo("综合科");
        assertRejected(binder, finding("编号", "F-3", "工号", "", "科室", "综合\u202E科", "类别", "积压", "事项", "", "分值", "3"), "科室",
                "综合\u202E科", "含有看不见的字符 <U+202E>（综合<U+202E>科），可能是从网页或聊天软件粘贴带来的，请删去后再保存");
    }

    @Test
    void aFindingAgainstASectionNeedsAKnownSection() {
        assertRejected(binder, finding("工号", ""), "科室", "", "工号为空时（针对整个科室的督查发现）必须填写科室");
        assertRejected(binder, finding("工号", "", "科室", "综合处"), "科室", "综合处", "未知科室 综合处，是否为 综合科？");
        assertRejected(binder, finding("工号", "", "科室", "财务科"), "科室", "财务科", "未知科室 财务科");
    }

    @ParameterizedTest
    @CsvSource({"形象,脱岗,IMAGE,OFF_POST", "IMAGE,,IMAGE,", ",办事拖拉,DELAY,SLOW", ",pile_up,BACKLOG,PILE_UP",
            ",态度生硬,NEGLECT,RUDE", ",玩手机,IMAGE,IDLE_ONLINE", "差错,其他,ERROR,OTHER", "表扬,其他,COMMEND,OTHER",
            ",值班脱岗,IMAGE,DUTY_ABSENT", "commend,,COMMEND,"})
    void theCategoryIsWrittenOrImpliedByTheItem(String category, String item, FindingCategory expectedCategory,
                                                FindingItem expectedItem) throws Exception {
        Finding f = binder.bind(finding("类别", category, "事项", item));
        assertThat(f.category()).isEqualTo(expectedCategory);
        assertThat(f.item()).isEqualTo(expectedItem);
    }

    @Test
    void aCategoryThatCannotBeImpliedIsRejected() {
        assertRejected(binder, finding("事项", ""), "类别", "", "请填写类别，或填写能确定类别的事项");
        assertRejected(binder, finding("事项", "其他"), "类别", "", "事项“其他”不能确定类别，请填写类别");
    }

    @Test
    void aWrittenCategoryStandsEvenWhenTheItemUsuallyImpliesAnother() throws Exception {
        // SPEC §2.6: an empty post that left a visitor waiting is the inspector's call: 空岗 under 冷落
        Finding neglect = binder.bind(finding("编号", "F-2", "类别", "冷落", "事项", "空岗"));
        assertThat(neglect.category()).isEqualTo(FindingCategory.NEGLECT);
        assertThat(neglect.item()).isEqualTo(FindingItem.EMPTY_POST);
        Finding delay = binder.bind(finding("编号", "F-3", "类别", "延误"));
        assertThat(delay.category()).isEqualTo(FindingCategory.DELAY);
        assertThat(delay.item()).isEqualTo(FindingItem.OFF_POST);
    }

    @Test
    void theSeverityMayBeLeftOutOnlyForPointsOrDutyAbsence() throws Exception {
        assertRejected(binder, finding("严重程度", ""), "严重程度", "", "请填写严重程度（填了分值或事项为值班脱岗时可不填）");
        Finding withPoints = binder.bind(finding("编号", "F-2", "严重程度", "", "分值", "4.5"));
        assertThat(withPoints.severity()).isNull();
        assertThat(withPoints.points()).isEqualTo(new BigDecimal("4.5"));
        assertThat(binder.bind(finding("编号", "F-3", "严重程度", "", "事项", "值班脱岗")).severity()).isNull();
    }

    @Test
    void vetoDefaultsToNoAndACommendationCannotCarryOne() throws Exception {
        assertThat(binder.bind(finding("编号", "F-2", "事项", "公车私用", "一票否决", "是")).veto()).isTrue();
        assertThat(binder.bind(finding("编号", "F-3", "事项", "公车私用")).veto()).isFalse();
        assertRejected(binder, finding("类别", "表扬", "事项", "", "一票否决", "是"), "一票否决", "是", "表扬不能一票否决");
    }

    @Test
    void idsAreUniqueAmongAcceptedFindings() throws Exception {
        binder.bind(finding());
        assertRejected(binder, finding("日期", "2026-10-10"), "编号", "F-1", "与 findings.csv 第9行重复");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "编号||不能为空",
            "日期||不能为空",
            "日期|2026-11-01|晚于本月（2026-10）的最后一天，请登记到该日期所在月份的文件夹中",
            "督查人||不能为空",
            "工号|1O23|未知工号 1O23，是否为 张三（1023）？",
            "类别|迟到|不是可选的值，可选：延误/DELAY, 积压/BACKLOG, 差错/ERROR, 冷落/NEGLECT, 形象/IMAGE, 表扬/COMMEND",
            "事项|睡觉|不是可选的值，可选：脱岗/OFF_POST, 串岗/WANDERING, 空岗/EMPTY_POST, 值班脱岗/DUTY_ABSENT, "
                    + "上班玩手机/游戏/网购/炒股/看视频/IDLE_ONLINE, 工作日饮酒/DRINKING, 接受宴请/BANQUET, "
                    + "公车私用/CAR_MISUSE, 泄密/LEAK, 浪费/WASTE, 办事拖拉/SLOW, 文件积压/PILE_UP, 态度生硬/RUDE, "
                    + "其他/OTHER",
            "严重程度|很重|不是可选的值，可选：一般/MINOR, 较重/SERIOUS, 严重/GRAVE",
            "一票否决|否决|请填写 是 或 否（也可以写 Y/N、yes/no、true/false、1/0）",
            "分值|-2|不能小于 0",
            "分值|两分|不是有效的数字，请只写数字，如 5000 或 1.2"})
    void rejectsEachBrokenRule(String column, String value, String reason) {
        assertRejected(binder, finding(column, value), column, value, reason);
    }

    @Test
    void anUnreadablePointsCellIsReportedThereEvenWithoutASeverity() {
        assertRejected(binder, finding("严重程度", "", "分值", "两分"), "分值", "两分", "不是有效的数字，请只写数字，如 5000 或 1.2");
    }
}
