package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.SmallMonth;

/** {@link SmallMonth} run end to end through the real command line. */
class SmallMonthRunTest extends SmallMonthFolderTest {

    private void write(String name, String... lines) throws IOException {
        SmallMonth.write(input, name, lines);
    }

    @Test
    void theMonthComputesExactlyAndTheSameInputsAreNotRunTwice() throws IOException {
        assertThat(run().exitCode()).isEqualTo(0);
        assertThat(Files.readAllLines(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF工号,姓名,科室,应出勤天数,在岗应出勤天数,迟到次数,早退次数,缺卡次数,旷工天数,事假天数,病假天数,其他假天数,"
                        + "出勤系数,考勤扣分,差错扣分,督查扣分,值班扣分,延误扣分,积压扣分,信息扣分,加班核实小时,加班加分,表扬加分,信息加分,得分,一票否决,"
                        + "等次,绩效工资",
                "1001,张伟,综合科,18.0,18.0,1,0,0,0.0,0.0,0.0,0.0,1.0000,1.00,4.00,2.50,0.00,0.00,0.00,0.00,2.5,0.75,0.00,"
                        + "0.00,93.25,否,好,3203.92",
                "1002,李娜,综合科,18.0,18.0,0,0,0,1.0,0.5,0.0,0.0,0.9167,10.00,0.00,6.00,0.00,0.00,0.00,0.00,0.0,0.00,2.00,"
                        + "0.00,86.00,否,较好,2257.16",
                "2001,王芳,秘书科,18.0,18.0,0,0,0,0.0,0.0,0.0,0.0,1.0000,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.0,0.00,3.00,"
                        + "0.00,103.00,否,好,3538.92",
                "2002,刘洋,秘书科,18.0,0.0,0,0,0,0.0,0.0,0.0,0.0,0.0000,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.0,0.00,0.00,"
                        + "0.00,0.00,否,不参评,0.00");
        assertThat(Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF工号,姓名,科室,绩效工资", "1001,张伟,综合科,3203.92", "1002,李娜,综合科,2257.16",
                "2001,王芳,秘书科,3538.92", "2002,刘洋,秘书科,0.00");
        List<String> rejected = Files.readAllLines(output.resolve("rejected-2026-10.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0)).isEqualTo("\uFEFF文件,工作表,行号,列,值,原因");
        assertThat(rejected.get(1)).startsWith("punches.csv,,73,工号,1O01,").contains("张伟（1001）");

        assertThat(run().exitCode()).isEqualTo(ExitCode.ALREADY_DONE);
        assertThat(run("--rerun").exitCode()).isEqualTo(ExitCode.DONE);
    }

    @Test
    void inEnglishTheRejectedRowsFollowTheLanguageWhileResultsKeepTheirFixedHeader() throws IOException {
        assertThat(run("--lang", "en").exitCode()).isEqualTo(0);
        assertThat(Files.readAllLines(output.resolve("rejected-2026-10.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFFile,Sheet,Row,Column,Value,Reason",
                "punches.csv,,73,工号,1O01,Nobody on the staff roster has the 工号 or 考勤号 1O01; did you mean 张伟（1001）?");
        assertThat(Files.readAllLines(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8).get(0))
                .startsWith("\uFEFF工号,姓名,科室,应出勤天数");
    }

    @Test
    void editingTheRulesFileChangesTheResultWithoutRebuilding() throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("rules.yml"), Files.readString(Path.of("jobs/rules.yml"))
                .replace("grace_minutes: 5", "grace_minutes: 15")
                .replace("mode: pool", "mode: coefficient"), StandardCharsets.UTF_8);
        copyCalendars(jobs);
        assertThat(run("--rules", jobs.resolve("rules.yml").toString()).exitCode()).isEqualTo(0);
        // 08:12 is within 15 minutes of grace: 1001 loses no attendance point (93.25 + 1); coefficient pay:
        // 1001 3000 × 1.2 (好) × 1 = 3600.00; 1002 2800 × 1.0 (较好) × 16.5 / 18 = 2566.666… → 2566.67
        assertThat(Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF工号,姓名,科室,绩效工资", "1001,张伟,综合科,3600.00", "1002,李娜,综合科,2566.67",
                "2001,王芳,秘书科,3840.00", "2002,刘洋,秘书科,0.00");
        assertThat(Files.readAllLines(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8).get(1))
                .startsWith("1001,张伟,综合科,18.0,18.0,0,0,0,0.0,").contains(",94.25,否,好,3600.00");
    }

    @Test
    void aSeasonalScheduleAndSectionPoolsFromTheRulesFileApplyEndToEnd() throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("rules.yml"), Files.readString(Path.of("jobs/rules.yml"))
                .replace("  seasons: []", "  seasons:\n    - { name: 秋季作息, from: \"10-01\", to: \"10-31\", "
                        + "segments: [ { start: \"08:30\", end: \"17:30\" } ] }")
                .replace("scope: office", "scope: section"), StandardCharsets.UTF_8);
        copyCalendars(jobs);
        assertThat(run("--rules", jobs.resolve("rules.yml").toString()).exitCode()).isEqualTo(0);
        // October starts at 08:30: 1001's 08:12 is on time (93.25 + 1 = 94.25). 综合科 pool 3000 + 2800 = 5800 over
        // points 94.25 × 1.2 = 113.1 and 86 × 16.5 / 18 = 78.833…: 3417.749… and 2382.250…, floors 3417.74 and
        // 2382.25, the last fen to 1001's larger remainder; 秘书科's pool 3200 is 2001's alone.
        assertThat(Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF工号,姓名,科室,绩效工资", "1001,张伟,综合科,3417.75", "1002,李娜,综合科,2382.25",
                "2001,王芳,秘书科,3200.00", "2002,刘洋,秘书科,0.00");
        assertThat(Files.readAllLines(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8).get(1))
                .startsWith("1001,张伟,综合科,18.0,18.0,0,0,0,0.0,").contains(",94.25,否,好,3417.75");
    }

    private static void copyCalendars(Path jobs) throws IOException {
        try (var calendars = Files.list(Path.of("jobs/calendar"))) {
            Path target = Files.createDirectories(jobs.resolve("calendar"));
            for (Path f : calendars.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void aSecondRunWhileTheRepositoryIsInUseStopsWithAClearMessage() throws IOException {
        assertThat(run().exitCode()).isEqualTo(0);
        Path database = output.getParent().resolve(".kaohe").resolve("jobs.mv.db");
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            Captured c = run("--rerun");
            assertThat(c.exitCode()).isEqualTo(ExitCode.FAILED);
            assertThat(c.err()).containsExactly("2026-10 正在另一个窗口运行，请等它结束后再试");
        }
    }

    @Test
    void tooManyRejectedRowsFailTheRunAndWriteNothing() throws IOException {
        write("leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "1002,事假,2026-10-13 08:00,2026-10-13 12:00,已批准,张伟",
                "9999,事假,2026-10-14 08:00,2026-10-14 12:00,已批准,张伟");
        assertThat(run().exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(output).doesNotExist();
    }

    @Test
    void overdueTasksAndBackloggedDocumentsDeductInTheirColumnsAndExplainCitesThem() throws IOException {
        // 2001 王芳 (103): task due Mon 10-12, done Tue 10-20 → 13–16, 19, 20 = 6 working days → capped at −5; a 特急
        // document received Tue 10-13 10:00, done Wed 10-14 09:00 → past the same day's 17:30 → −1. Score 97.
        // The other two rows are in time (普通 received 10-13: limit 10-16 17:30). Pool 9000 by score × coefficient
        // × factor × 18: 2014.2, 1419, 2095.2 (Σ 5528.4) → 3279.03, 2310.07, 3410.89 with remainders 0.19, 0.16,
        // 0.65 fen → the fen left goes to 2001.
        write("tasks.csv", "编号,事项,工号,交办日期,时限,办结日期",
                "T-3,起草调研报告,2001,2026-10-08,2026-10-12,2026-10-20",
                "T-4,整理档案,1001,2026-10-08,2026-10-30,2026-10-29");
        write("documents.csv", "文号,工号,收文时间,办结时间,紧急程度",
                "办〔2026〕7号,2001,2026-10-13 10:00,2026-10-14 09:00,特急",
                "办〔2026〕8号,1002,2026-10-13 10:00,2026-10-16 09:00,普通");
        assertThat(run().exitCode()).isEqualTo(0);
        assertThat(Files.readAllLines(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8)).containsSubsequence(
                "1001,张伟,综合科,18.0,18.0,1,0,0,0.0,0.0,0.0,0.0,1.0000,1.00,4.00,2.50,0.00,0.00,0.00,0.00,2.5,0.75,0.00,"
                        + "0.00,93.25,否,好,3279.03",
                "1002,李娜,综合科,18.0,18.0,0,0,0,1.0,0.5,0.0,0.0,0.9167,10.00,0.00,6.00,0.00,0.00,0.00,0.00,0.0,0.00,2.00,"
                        + "0.00,86.00,否,较好,2310.07",
                "2001,王芳,秘书科,18.0,18.0,0,0,0,0.0,0.0,0.0,0.0,1.0000,0.00,0.00,0.00,0.00,5.00,1.00,0.00,0.0,0.00,3.00,"
                        + "0.00,97.00,否,好,3410.90");
        Captured c = Captured.run("explain", "--month", "2026-10", "--input", input.toString(), "--employee", "2001");
        assertThat(c.out()).contains(
                "  延误扣分 5.00 分：督办事项 T-3「起草调研报告」时限 2026-10-12，2026-10-20 办结，本月逾期 6 个工作日"
                        + "（2026-10-13 至 2026-10-20），每个工作日 1 分，每项每月最多 5 分，计 5 分 ［tasks.csv 第2行］",
                "  积压扣分 1.00 分：公文 办〔2026〕7号（特急）2026-10-13 10:00 收文，时限：收文当个工作日下班前"
                        + "（2026-10-13 17:30），2026-10-14 09:00 才办结，积压 1 件，计 1 分 ［documents.csv 第2行］",
                "得分 = 100.00 − 6.00（扣分合计）+ 3.00（加分，合计封顶）= 97.00（限 0–105）");
    }

    @Test
    void tooManyRejectedTaskRowsFailTheRun() throws IOException {
        write("tasks.csv", "编号,事项,工号,交办日期,时限,办结日期",
                "T-1,起草调研报告,2001,2026-10-08,2026-10-12,2026-10-09",
                "T-2,整理档案,1001,2026-10-08,2026-10-07,");
        Captured c = run();
        assertThat(c.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(String.join("\n", c.err())).contains("督办事项");
        assertThat(output).doesNotExist();
    }

    @Test
    void explainPrintsEveryLineWithItsSourceAndTheArithmetic() {
        Captured c = Captured.run("explain", "--month", "2026-10", "--input", input.toString(), "--employee", "1001");
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).contains(
                "1001 张伟（综合科）2026-10 月考核明细 ［staff.csv 第2行］",
                "  考勤扣分 1.00 分：2026-10-09 上班（08:00）迟到 12 分钟 ［punches.csv 第6行］",
                "  差错扣分 4.00 分：公文差错（一般）：文号错误；2026-10-14 才登记，迟报 4 个工作日，加倍扣分 ［errors.csv 第2行］",
                "  督查扣分 2.50 分：科室督查（综合科）：空岗：午间办公室无人值守，科长承担一半 ［findings.csv 第6行］",
                "  加班加分 0.75 分：2026-10-17（休息日）加班核实 2.5 小时 ［overtime.csv 第2行］",
                "得分 = 100.00 − 7.50（扣分合计）+ 0.75（加分，合计封顶）= 93.25（限 0–105）",
                "等次：好",
                "积分 = 得分 93.25 × 岗位系数 1.2 × 出勤系数 1.0000 = 111.9000；绩效工资 = 奖金池 9000.00 × 111.9000 ÷ "
                        + "积分合计 314.3333，按分取整、尾差按最大余数分配 = 3203.92 元");
    }
}
