package org.kaohe.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;

/** SPEC §3.5–3.6 for errors, findings, duty and commendations, with the default points. */
class DisciplineAssessorTest {

    private final DisciplineAssessor assessor = new DisciplineAssessor(Fixtures.rules().discipline(),
            DisciplineAssessorTest::workingDaysAfter);
    private final Messages zh = Messages.forLang("zh");

    /** Working days d with from < d ≤ to in the October 2026 fixture calendar. */
    private static int workingDaysAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += Fixtures.CALENDAR.apply(d) == DayType.WORKDAY ? 1 : 0;
        }
        return n;
    }

    private static LocalDate oct(int day) {
        return Fixtures.OCTOBER.atDay(day);
    }

    private static WorkError error(ErrorLevel level, int day, int recordedDay, int row) {
        return new WorkError("E" + row, oct(day), "1001", ErrorCategory.DOCUMENT, level, "文号错误", oct(recordedDay),
                "王登记", new SourceRef("errors.csv", "", row));
    }

    private static Finding finding(String id, int day, FindingItem item, Severity severity, boolean veto,
                                   BigDecimal points, String employee) {
        FindingCategory category = item == null ? FindingCategory.COMMEND
                : FindingCategory.of(item.impliedCategory().orElse(DontLet.IMAGE));
        return new Finding(id, oct(day), "督查组", employee, "综合科", category, item, severity, veto, points,
                "描述" + id, "", new SourceRef("findings.xlsx", "第一轮", Integer.parseInt(id.substring(1))));
    }

    private PersonDiscipline assess(List<WorkError> errors, List<Finding> findings, List<DutyOutcome> duty,
                                    List<Finding> section) {
        return assessor.assess("1001", "综合科", errors, findings, duty, section);
    }

    @Test
    void errorsDeductByLevelAndDoubleWhenRegisteredMoreThanThreeWorkingDaysLate() {
        // 9 → 14: working days 10 (make-up Saturday), 12, 13, 14 = 4 > 3 → late; 9 → 13: 3 → on time
        PersonDiscipline d = assess(List.of(error(ErrorLevel.MINOR, 9, 13, 2), error(ErrorLevel.MAJOR, 9, 14, 3)),
                List.of(), List.of(), List.of());
        assertThat(d.lines()).extracting(ScoreLine::column, ScoreLine::points)
                .containsExactly(tuple(ScoreColumn.ERROR, new BigDecimal("2")),
                        tuple(ScoreColumn.ERROR, new BigDecimal("10")));
        assertThat(zh.get(d.lines().get(1).cause()))
                .isEqualTo("公文差错（较大）：文号错误；2026-10-14 才登记，迟报 4 个工作日，加倍扣分");
        assertThat(d.violations()).extracting(Violation::dontLet).containsExactly(DontLet.ERROR, DontLet.ERROR);
        assertThat(d.vetoes()).isEmpty();
    }

    @Test
    void aGraveErrorVetoes() {
        PersonDiscipline d = assess(List.of(error(ErrorLevel.GRAVE, 9, 9, 4)), List.of(), List.of(), List.of());
        assertThat(d.lines().get(0).points()).isEqualByComparingTo("10");
        assertThat(d.vetoes()).hasSize(1);
        assertThat(d.vetoes().get(0).source()).isEqualTo(new SourceRef("errors.csv", "", 4));
        // the year names the cause in a few words (SPEC §6)
        assertThat(zh.get(d.vetoes().get(0).cause())).isEqualTo("重大差错（2026-10-09）");
        assertThat(Messages.forLang("en").get(d.vetoes().get(0).cause())).isEqualTo("grave error (2026-10-09)");
    }

    @Test
    void theSecondFindingOfTheSameItemDoublesInDateThenIdOrder() {
        List<Finding> findings = List.of(
                finding("F3", 12, FindingItem.OFF_POST, Severity.MINOR, false, null, "1001"),
                finding("F2", 9, FindingItem.OFF_POST, Severity.SERIOUS, false, null, "1001"),
                finding("F4", 9, FindingItem.OTHER, Severity.MINOR, false, null, "1001"),
                finding("F5", 13, FindingItem.OTHER, Severity.MINOR, false, new BigDecimal("1.5"), "1001"));
        PersonDiscipline d = assess(List.of(), findings, List.of(), List.of());
        // F2 (9th) 5; F4 other 2; F3 (12th) second 脱岗: 2 × 2; F5 other, its own 分值, never doubled
        assertThat(d.lines()).extracting(l -> l.source().row(), ScoreLine::points)
                .containsExactly(tuple(2L, new BigDecimal("5")),
                        tuple(4L, new BigDecimal("2")),
                        tuple(3L, new BigDecimal("4")),
                        tuple(5L, new BigDecimal("1.5")));
        assertThat(zh.get(d.lines().get(2).cause()))
                .isEqualTo("督查发现（形象）：脱岗：描述F3；本月第 2 次同类问题（屡查屡犯），加倍扣分");
    }

    @Test
    void findingsOfTheSameDayGoBy编号AsPeopleReadIt() {
        Finding f9 = new Finding("F-9", oct(9), "督查组", "1001", "综合科", FindingCategory.IMAGE, FindingItem.OFF_POST,
                Severity.MINOR, false, null, "", "", new SourceRef("findings.xlsx", "第一轮", 3));
        Finding f10 = new Finding("F-10", oct(9), "督查组", "1001", "综合科", FindingCategory.IMAGE,
                FindingItem.OFF_POST, Severity.GRAVE, false, null, "", "", new SourceRef("findings.xlsx", "第一轮", 2));
        PersonDiscipline d = assess(List.of(), List.of(f10, f9), List.of(), List.of());
        // F-9 comes first, so F-10 (严重, 10) is the repeat: 2 + 10 × 2
        assertThat(d.lines()).extracting(ScoreLine::points)
                .containsExactly(new BigDecimal("2"), new BigDecimal("20"));
    }

    @Test
    void vetoItemsVetoEvenWhenTheVetoCellIsEmpty() {
        PersonDiscipline d = assess(List.of(), List.of(
                finding("F1", 9, FindingItem.DRINKING, Severity.GRAVE, false, null, "1001"),
                finding("F2", 9, FindingItem.WASTE, Severity.MINOR, true, null, "1001"),
                finding("F3", 9, FindingItem.WASTE, Severity.MINOR, false, null, "1001")), List.of(), List.of());
        assertThat(d.vetoes()).extracting(v -> v.source().row()).containsExactly(1L, 2L);
        assertThat(zh.get(d.vetoes().get(0).cause())).isEqualTo("工作日饮酒：描述F1");
    }

    @Test
    void dutyAbsencesGoToDutyPointsAndAreNeverDoubled() {
        DutyShift shift = new DutyShift(oct(17), LocalTime.of(8, 0), LocalTime.of(17, 0), "1001", true,
                new SourceRef("duty.csv", "", 3));
        PersonDiscipline d = assess(List.of(), List.of(
                        finding("F1", 9, FindingItem.DUTY_ABSENT, null, false, null, "1001"),
                        finding("F2", 12, FindingItem.DUTY_ABSENT, null, false, new BigDecimal("3"), "1001")),
                List.of(new DutyOutcome(shift, false, false), new DutyOutcome(shift, true, false),
                        new DutyOutcome(shift, false, true)), List.of());
        assertThat(d.lines()).extracting(ScoreLine::column, ScoreLine::points)
                .containsExactly(tuple(ScoreColumn.DUTY, new BigDecimal("5")),
                        tuple(ScoreColumn.DUTY, new BigDecimal("3")),
                        tuple(ScoreColumn.DUTY, new BigDecimal("5")));
        assertThat(d.violations()).extracting(Violation::dontLet).containsOnly(DontLet.IMAGE);
        assertThat(zh.get(d.lines().get(2).cause())).isEqualTo("值班脱岗：2026-10-17 08:00–17:00 值班开始前后无打卡");
    }

    @Test
    void commendationsAreBonusesAndTheChiefBearsHalfOfSectionFindingsWhichNeverVetoHim() {
        Finding sectionFinding = new Finding("F9", oct(20), "督查组", null, "综合科", FindingCategory.IMAGE,
                FindingItem.EMPTY_POST, Severity.SERIOUS, true, null, "午休时间办公室无人", "",
                new SourceRef("findings.xlsx", "第二轮", 9));
        PersonDiscipline d = assess(List.of(), List.of(
                finding("F1", 9, null, Severity.SERIOUS, false, null, "1001")), List.of(), List.of(sectionFinding));
        assertThat(d.lines()).extracting(ScoreLine::column, ScoreLine::points)
                .containsExactly(tuple(ScoreColumn.COMMEND, new BigDecimal("3")),
                        tuple(ScoreColumn.FINDING, new BigDecimal("2.5")));
        assertThat(d.violations()).isEmpty();
        assertThat(d.vetoes()).isEmpty();
    }

    @Test
    void sectionFindingsDeductFromTheSectionAndAVetoFindingBarsItFromTheAward() {
        Finding empty = new Finding("F9", oct(20), "督查组", null, "综合科", FindingCategory.IMAGE,
                FindingItem.EMPTY_POST, Severity.SERIOUS, false, null, "午休时间办公室无人", "",
                new SourceRef("findings.xlsx", "第二轮", 9));
        Finding banquet = new Finding("F10", oct(21), "督查组", null, "综合科", FindingCategory.IMAGE,
                FindingItem.BANQUET, Severity.MINOR, false, new BigDecimal("3"), "集体接受宴请", "",
                new SourceRef("findings.xlsx", "第二轮", 10));
        Finding praise = new Finding("F11", oct(22), "督查组", null, "综合科", FindingCategory.COMMEND,
                null, Severity.MINOR, false, null, "接待热情", "", new SourceRef("findings.xlsx", "第二轮", 11));
        SectionDiscipline d = assessor.assessSection("综合科", List.of(empty, banquet, praise));
        assertThat(d.deduction()).isEqualByComparingTo("8");
        assertThat(d.bonus()).isEqualByComparingTo("2");
        assertThat(d.violations()).extracting(Violation::dontLet, Violation::employeeId, Violation::section,
                        Violation::points)
                .containsExactly(tuple(DontLet.IMAGE, null, "综合科", new BigDecimal("5")),
                        tuple(DontLet.IMAGE, null, "综合科", new BigDecimal("3")));
        assertThat(d.bars()).singleElement().satisfies(bar -> {
            assertThat(zh.get(bar.reason())).isEqualTo("督查发现 F10：接受宴请：集体接受宴请，一票否决，本科室不参加文明科室评比");
            assertThat(bar.source()).isEqualTo(new SourceRef("findings.xlsx", "第二轮", 10));
        });
    }
}
