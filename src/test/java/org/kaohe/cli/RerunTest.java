package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaohe.SmallMonth;
import org.kaohe.discipline.DontLet;
import org.kaohe.history.MonthViolationCounts;
import org.kaohe.history.PersonSnapshot;
import org.kaohe.history.RunHistory;
import org.kaohe.scoring.Grade;
import org.springframework.context.ConfigurableApplicationContext;

/** A month run again: refused when nothing changed, named changes without --rerun, and a rerun after an appeal. */
class RerunTest extends SmallMonthFolderTest {

    private static final List<String> FINDINGS_AFTER_APPEAL = List.of(
            "编号,日期,督查人,工号,科室,类别,事项,严重程度,一票否决,分值,描述,证据",
            "F1,2026-10-15,孙督查,1002,,,脱岗,一般,,,上午十点不在岗,",
            "F3,2026-10-21,孙督查,1002,,表扬,,一般,,,主动整理档案,",
            "F4,2026-10-22,孙督查,2001,,表扬,,较重,,,接待群众耐心细致,",
            "F5,2026-10-23,孙督查,,综合科,,空岗,较重,,,午间办公室无人值守,");

    @Test
    void anAppealIsRerunWithTheEarlierOutputsKeptAndEveryChangeListed() throws IOException {
        assertThat(run().exitCode()).isEqualTo(0);
        Map<String, String> first = contents(output);

        Captured again = run();
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.out()).containsExactly("2026-10 已用相同的输入和规则完成过，未重新计算。如需重新计算，请加 --rerun");

        // the appeal: 李娜's second 脱岗 finding (F2, doubled as a repeat) is withdrawn, and a note file is added
        SmallMonth.write(input, "findings.csv", FINDINGS_AFTER_APPEAL.toArray(String[]::new));
        SmallMonth.write(input, "overtime-extra.csv", "工号,日期,开始时间,结束时间,事由,审批状态,审批人");
        Captured changed = run();
        assertThat(changed.exitCode()).isEqualTo(2);
        assertThat(changed.err()).containsExactly("2026-10 已经完成过，此后输入有变化：findings.csv 已修改；"
                + "overtime-extra.csv 新增。本次未重新计算。如要按新的输入重新计算，请加 --rerun（原来的输出会移入 "
                + "previous-<时间> 文件夹，并生成变更清单 changes-2026-10.csv）");
        assertThat(contents(output)).isEqualTo(first);

        Captured rerun = run("--rerun");
        assertThat(rerun.exitCode()).isEqualTo(0);
        assertThat(rerun.out()).contains("已写入：" + output.resolve("changes-2026-10.csv"));
        List<Path> previous = folders(output);
        assertThat(previous).hasSize(1);
        assertThat(previous.get(0).getFileName().toString()).matches("previous-\\d{8}-\\d{6}");
        assertThat(contents(previous.get(0))).isEqualTo(first);
        // pool 9000: points 111.9 (1001), 90 × 16.5/18 = 82.5 (1002), 123.6 (2001); 9000 × each ÷ 318, the last
        // fen to 1002's largest remainder
        assertThat(Files.readAllLines(output.resolve("changes-2026-10.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF工号,姓名,科室,原得分,新得分,原等次,新等次,原绩效工资,新绩效工资,变化的项目,变化的输入",
                "1001,张伟,综合科,93.25,93.25,好,好,3203.92,3166.98,本人各项未变，因他人积分或奖金池变化而变,"
                        + "findings.csv 已修改；overtime-extra.csv 新增",
                "1002,李娜,综合科,86.00,90.00,较好,较好,2257.16,2334.91,督查扣分 6.00→2.00,"
                        + "findings.csv 已修改；overtime-extra.csv 新增",
                "2001,王芳,秘书科,103.00,103.00,好,好,3538.92,3498.11,本人各项未变，因他人积分或奖金池变化而变,"
                        + "findings.csv 已修改；overtime-extra.csv 新增");
        assertThat(Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF工号,姓名,科室,绩效工资", "1001,张伟,综合科,3166.98", "1002,李娜,综合科,2334.91",
                "2001,王芳,秘书科,3498.11", "2002,刘洋,秘书科,0.00");
        assertThat(run().exitCode()).isEqualTo(3);
    }

    @Test
    void aFailedRerunLeavesTheEarlierOutputsAsTheyWereAndARestartFinishesIt() throws Exception {
        assertThat(run().exitCode()).isEqualTo(0);
        Map<String, String> first = contents(output);
        SmallMonth.write(input, "leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "1002,事假,2026-10-13 08:00,2026-10-13 12:00,已批准,张伟",
                "9999,事假,2026-10-14 08:00,2026-10-14 12:00,已批准,张伟");

        Captured failed = run("--rerun");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("2026-10 考核未完成，输出文件夹中没有写入任何文件。改正输入后重新运行即可");
        assertThat(failed.err().get(failed.err().size() - 1)).startsWith("本次运行的日志：" + output.getParent()
                .resolve("logs").resolve("kaohe-2026-10-")).endsWith(".log");
        assertThat(contents(output)).isEqualTo(first);
        assertThat(folders(output)).isEmpty();
        try (Stream<Path> root = Files.list(output.getParent())) {
            assertThat(root).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder(".kaohe", "logs", "2026-10");
        }

        // the leave file is corrected: the restarted rerun gives what a clean run of the corrected month gives
        SmallMonth.write(input, "leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "1002,事假,2026-10-13 08:00,2026-10-13 12:00,已批准,张伟");
        assertThat(run("--rerun").exitCode()).isEqualTo(0);
        Path clean = dir.resolve("clean").resolve("2026-10");
        assertThat(runInAnotherRepository("run", "--month", "2026-10", "--input", input.toString(), "--output",
                clean.toString())).isEqualTo(0);
        // the CSVs carry every result; the reports also show the output root's history, which differs
        Map<String, String> rerun = csvs(output);
        rerun.remove("changes-2026-10.csv");
        assertThat(rerun).isEqualTo(csvs(clean)).containsKeys("results-2026-10.csv", "payroll-2026-10.csv");
    }

    @Test
    void theRepositoryKeepsEachCompletedRunsPeopleAndViolationCounts() throws IOException {
        assertThat(run().exitCode()).isEqualTo(0);
        SmallMonth.write(input, "findings.csv", FINDINGS_AFTER_APPEAL.toArray(String[]::new));
        assertThat(run("--rerun").exitCode()).isEqualTo(0);
        try (ConfigurableApplicationContext context =
                     JobRepositoryContext.open(JobRepositoryContext.repositoryOf(output.getParent()))) {
            RunHistory history = context.getBean(RunHistory.class);
            assertThat(history.runs()).extracting(r -> r.month().toString(), r -> r.status(), r -> r.rerun(),
                    r -> r.people(), r -> r.pool().toPlainString()).containsExactly(
                    org.assertj.core.api.Assertions.tuple("2026-10", "COMPLETED", false, 4, "9000.00"),
                    org.assertj.core.api.Assertions.tuple("2026-10", "COMPLETED", true, 4, "9000.00"));
            long latest = history.runs().get(1).id();
            PersonSnapshot lina = history.people(latest).get(1);
            assertThat(lina.employeeId()).isEqualTo("1002");
            assertThat(lina.score()).isEqualByComparingTo("90.00");
            assertThat(lina.grade()).isEqualTo(Grade.GOOD);
            assertThat(lina.pay()).isEqualByComparingTo("2334.91");
            assertThat(lina.columns()).containsEntry("督查扣分", "2.00").containsEntry("姓名", "李娜").hasSize(28);
            // the latest run counts: 张伟's 公文 error, the one 脱岗 finding (IMAGE) 李娜 has left after the appeal and
            // the 空岗 finding against the whole of 综合科 (IMAGE)
            List<MonthViolationCounts> trend = history.trend(YearMonth.of(2026, 10));
            assertThat(trend).hasSize(1);
            assertThat(trend.get(0).runId()).isEqualTo(latest);
            assertThat(trend.get(0).counts()).containsExactly(
                    new MonthViolationCounts.Count(DontLet.ERROR, "综合科", 1),
                    new MonthViolationCounts.Count(DontLet.IMAGE, "综合科", 2));
            assertThat(trend.get(0).of(DontLet.IMAGE, "综合科")).isEqualTo(2);
            assertThat(trend.get(0).total(DontLet.DELAY)).isZero();
            assertThat(history.trend(YearMonth.of(2026, 9))).isEmpty();
        }
    }

    /** A kaohe command on a repository of its own: another output root's, on the embedded database. */
    int runInAnotherRepository(String... args) throws Exception {
        return Kaohe.execute(args);
    }

    /** Each file's bytes (Base64, so that workbooks compare too). */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path f : entries.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    private static Map<String, String> csvs(Path folder) throws IOException {
        Map<String, String> files = contents(folder);
        files.keySet().removeIf(name -> !name.endsWith(".csv"));
        return files;
    }

    private static List<Path> folders(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("previous-")).toList();
        }
    }
}
