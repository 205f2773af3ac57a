package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.section.SectionStanding;

/**
 * The committed demo month (input/2026-10, described case by case in input/README.md) against its golden results:
 * the expected results there were worked out independently of the code and match it cell for cell.
 */
class DemoMonthGoldenTest {

    @TempDir
    Path dir;

    @Test
    void theDemoMonthGivesTheGoldenResultsAndPaysThePoolToTheFen() throws IOException {
        Path output = dir.resolve("2026-10");
        Captured c = Captured.run("run", "--month", "2026-10", "--output", output.toString());
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).contains("人员：42 人，参评 41 人，不参评 1 人，一票否决 2 人", "被拒绝的行：9 行",
                "有效但未采用：未批准的请假 2 条，未采用的补卡 3 条，未批准的加班 2 条（逐条原因见 kaohe explain）",
                "奖金池（全办公室）：143150.00 元", "等次：好 15 人，较好 24 人，一般 0 人，较差 2 人，不参评 1 人",
                "文明科室：秘书科（科室得分 98.38）");
        assertThat(Files.readString(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8))
                .isEqualTo(golden("results-2026-10.csv"));
        assertThat(Files.readString(output.resolve("rejected-2026-10.csv"), StandardCharsets.UTF_8))
                .isEqualTo(golden("rejected-2026-10.csv"));
        List<String> payroll = Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8);
        assertThat(payroll).hasSize(43);
        BigDecimal paid = payroll.stream().skip(1).map(l -> new BigDecimal(l.substring(l.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo("143150.00");
    }

    @Test
    void sectionsRankAsTheDemoNarrativeWorksOut() throws Exception {
        MonthlyEvaluation month = MonthlyEvaluation.open(YearMonth.of(2026, 10), Path.of("jobs/rules.yml"),
                Path.of("input/2026-10"));
        month.readAll();
        month.evaluateAttendance();
        month.score();
        // input/README.md §5.3: 文电科's mean less 5 for its section finding; 文电科 and 行政科 have a vetoed member
        assertThat(month.sections()).extracting(SectionStanding::section, s -> s.score().setScale(2, RoundingMode.HALF_UP),
                        SectionStanding::rank, SectionStanding::civilized)
                .containsExactly(tuple("秘书科", new BigDecimal("98.38"), 1, true),
                        tuple("综合科", new BigDecimal("97.82"), 2, false),
                        tuple("信息科", new BigDecimal("96.86"), 3, false),
                        tuple("行政科", new BigDecimal("95.84"), 4, false),
                        tuple("文电科", new BigDecimal("91.11"), 5, false));
        assertThat(month.sections().get(0).score()).isEqualByComparingTo("98.375");
        assertThat(month.sections().get(4).vetoedMembers()).containsExactly("1022");
        assertThat(month.sections().get(4).findings().violations()).hasSize(1);
    }

    @Test
    void explainShowsTheMissedInformationWeekAndEachAdoptionWithItsRow() {
        // input/README.md §4.11: 孙立新 wrote nothing in the week of 10-12; his 补卡 of 10-14 does not excuse it
        Captured missed = Captured.run("explain", "--month", "2026-10", "--employee", "1012");
        assertThat(missed.out()).contains("  信息扣分 1.00 分：信息缺报：2026-10-12 至 2026-10-18 这一周未报送信息（本周有 5 个"
                + "在岗且未全天请假的工作日，最早 2026-10-12），扣 1 分 ［staff.xlsx 工作表“花名册”第13行］",
                "得分 = 100.00 − 4.00（扣分合计）+ 0.00（加分，合计封顶）= 96.00（限 0–105）");
        Captured adopted = Captured.run("explain", "--month", "2026-10", "--employee", "1014");
        assertThat(adopted.out()).contains("  信息加分 1.00 分：信息 XX-2026-237「我市创新开展“局长走流程”活动」2026-10-13 报送，"
                + "省录用（2026-10-20），加 1 分 ［information.csv 第238行］",
                "  信息加分 2.00 分：信息 XX-2026-245「我市以“高效办成一件事”优化营商环境」2026-10-20 报送，国家录用（2026-10-29），"
                + "加 2 分 ［information.csv 第246行］",
                "得分 = 100.00 − 0.00（扣分合计）+ 4.00（加分，合计封顶）= 104.00（限 0–105）");
        assertThat(adopted.out()).doesNotContain("信息缺报");
        // 傅强 has no duty: his city adoption is shown and counted, but his bonuses were already at the cap
        Captured capped = Captured.run("explain", "--month", "2026-10", "--employee", "1035", "--lang", "en");
        assertThat(capped.out()).contains("  information adopted, 0.50 points added: Information XX-2026-244 \"我办做好机关后勤保障工作\" "
                        + "submitted 2026-10-16, adopted by the city (2026-10-22): 0.5 points [information.csv row 245]",
                "Score = 100.00 - 0.00 (deductions) + 5.00 (bonuses, capped) = 105.00 (within 0-105)");
    }

    @Test
    void explainShowsOverdueTasksAndBackloggedDocumentsWithTheirRowsAndArithmetic() {
        Captured delay = Captured.run("explain", "--month", "2026-10", "--employee", "1020");
        assertThat(delay.exitCode()).isEqualTo(0);
        assertThat(delay.out()).contains("  延误扣分 5.00 分：督办事项 DB-2026-050「市人大代表建议办理答复」时限 2026-10-12，"
                + "2026-10-20 办结，本月逾期 6 个工作日（2026-10-13 至 2026-10-20），每个工作日 1 分，每项每月最多 5 分，计 5 分 "
                + "［tasks.csv 第9行］", "得分 = 100.00 − 10.00（扣分合计）+ 0.00（加分，合计封顶）= 90.00（限 0–105）");
        // Friday 10-09 + 1 working day is the make-up Saturday 10-10, not Monday 10-12
        Captured backlog = Captured.run("explain", "--month", "2026-10", "--employee", "1024");
        assertThat(backlog.out()).contains("  积压扣分 1.00 分：公文 市委组织部〔2026〕41号（加急）2026-10-09 15:00 收文，"
                + "时限：1 个工作日（2026-10-10 17:30 前），2026-10-12 10:00 才办结，积压 1 件，计 1 分 "
                + "［documents.xlsx 工作表“收文登记”第7行］");
        Captured carried = Captured.run("explain", "--month", "2026-10", "--employee", "1018", "--lang", "en");
        assertThat(carried.out()).contains("  document backlog, 1.00 points deducted: Document 市委办〔2026〕112号 (normal) received "
                + "2026-09-21 09:00, time limit 3 working days (until 2026-09-24 17:30), overdue since an earlier month "
                + "and still open at the month's end (2026-10-31); counted once for each month's end it is still open; "
                + "one document backlogged: 1 point [documents.xlsx sheet \"收文登记\" row 2]");
    }

    @Test
    void explainSaysWhyAGradeTheBandTheQuotaAndTheTieBreak() {
        // 文电科: 8 graded, 好 at most floor(3.2) = 3; 宋建华 and 高雪梅 both 99, the smaller deduction wins the third
        Captured moved = Captured.run("explain", "--month", "2026-10", "--employee", "1019");
        assertThat(moved.out()).containsSequence("等次：较好", "理由：得分 99.00 不低于 90.00，按得分属“好”",
                "“好”的名额：文电科参评 8 人，“好”最多 3 人（8 × 0.4，向下取整，至少 1 人）；得分达到“好”的 7 人按得分从高到低排"
                + "（同分时扣分合计少的在前，再按工号），本人排第 4 位，超出名额，等次为“较好”",
                "同为 99.00 分的 宋建华（1024）扣分合计 1.00，本人扣分合计 3.00 较多，排在其后");
        Captured kept = Captured.run("explain", "--month", "2026-10", "--employee", "1024");
        assertThat(kept.out()).containsSequence("“好”的名额：文电科参评 8 人，“好”最多 3 人（8 × 0.4，向下取整，至少 1 人）；"
                + "得分达到“好”的 7 人按得分从高到低排（同分时扣分合计少的在前，再按工号），本人排第 3 位，在名额内，等次为“好”",
                "同为 99.00 分的 高雪梅（1019）扣分合计 3.00，本人扣分合计 1.00 较少，排在其前");
        // 秘书科: 吴志强 and 何文博 both 100 with nothing deducted; the 工号 decides
        Captured byId = Captured.run("explain", "--month", "2026-10", "--employee", "1017", "--lang", "en");
        assertThat(byId.out()).containsSequence("Quota for \"excellent\": 秘书科 has 8 graded people, so at most 3 are "
                + "excellent (8 × 0.4, rounded down, at least 1); of the 8 whose score reached \"excellent\", ranked by score "
                + "(ties: smaller total deductions first, then employee ID), this person is number 4, past the quota: good",
                "吴志强 (1010) also has 100.00 and total deductions of 0.00; by employee ID this person ranks behind");
        Captured vetoed = Captured.run("explain", "--month", "2026-10", "--employee", "1037");
        assertThat(vetoed.out()).containsSequence("等次：较差", "理由：一票否决，等次为较差，不论得分");
        assertThat(String.join("\n", vetoed.out())).doesNotContain("名额");
        Captured band = Captured.run("explain", "--month", "2026-10", "--employee", "1020");
        assertThat(band.out()).containsSequence("等次：较好", "理由：得分 90.00 不低于 90.00，按得分属“好”",
                "“好”的名额：文电科参评 8 人，“好”最多 3 人（8 × 0.4，向下取整，至少 1 人）；得分达到“好”的 7 人按得分从高到低排"
                + "（同分时扣分合计少的在前，再按工号），本人排第 7 位，超出名额，等次为“较好”",
                "出勤系数 = （在岗应出勤 18 − 请假扣减及旷工 0.50）÷ 应出勤 18 = 0.9722");
    }

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", name), StandardCharsets.UTF_8);
    }
}
