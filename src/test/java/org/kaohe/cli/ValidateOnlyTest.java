package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;

/** {@code validate --only <kind> [--file PATH]}: one kind checked against the calendar and staff before hand-in. */
class ValidateOnlyTest {

    private static final String FINDINGS_HEADER = "编号,日期,督查人,工号,科室,类别,事项,严重程度,一票否决,分值,描述,证据";

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void writeMonth() throws IOException {
        input = Files.createDirectories(dir.resolve("2026-10"));
        SmallMonth.writeTo(input);
    }

    @Test
    void cleanFindingsPassAndOtherKindsAreNotShown() {
        Captured c = run("--only", "findings");
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).containsExactly(
                "督查发现：1 个文件，采用 5 行，拒绝 0 行",
                "督查发现检查通过：采用 5 行，没有被拒绝的行");
        assertThat(c.err()).isEmpty();
    }

    @Test
    void everyRejectedRowIsShownInFullAndOneIsEnoughToFail() throws IOException {
        SmallMonth.write(input, "findings.csv", FINDINGS_HEADER + ",备注",
                "F1,2026-10-15,孙督查,1002,,,脱岗,一般,,,上午十点不在岗,,",
                "F2,2026-10-16,孙督查,1O02,,,脱岗,一般,,,,,",
                "F3,2026-10-16,孙督查,1002,秘书科,,脱岗,一般,,,,,",
                "F4,2026-11-01,孙督查,1002,,,脱岗,一般,,,,,");
        Captured c = run("--only", "FINDINGS");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).containsExactly(
                "督查发现：1 个文件，采用 1 行，拒绝 3 行",
                "提示：findings.csv 第1行的“备注”列不是督查发现的列，已忽略这一列",
                "findings.csv 第 3 行，列“工号”，值“1O02”：未知工号 1O02，是否为 李娜（1002）？",
                "findings.csv 第 4 行，列“科室”，值“秘书科”：与工号 1002（李娜）所在的科室“综合科”不符",
                "findings.csv 第 5 行，列“日期”，值“2026-11-01”：晚于本月（2026-10）的最后一天，请登记到该日期所在月份的文件夹中");
        assertThat(c.err()).containsExactly("督查发现有 3 行被拒绝，请改正后再交");
    }

    @Test
    void aRejectedRowFailsTheCheckEvenWhereARunWouldTolerateIt() {
        // one punch row in 72 is under the run's 5 %, but whoever hands the file in must fix it
        Captured c = run("--only", "punches");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).containsExactly(
                "打卡记录：1 个文件，采用 71 行，拒绝 1 行",
                "punches.csv 第 73 行，列“工号”，值“1O01”：花名册中没有工号或考勤号为 1O01 的人，是否为 张伟（1001）？");
        assertThat(c.err()).containsExactly("打卡记录有 1 行被拒绝，请改正后再交");
    }

    @Test
    void rejectedStaffRowsAreMentionedWhenCheckingAnotherKind() throws IOException {
        Files.writeString(input.resolve("staff.csv"), "3001,,秘书科,1.0,2000.00,,,打卡,否,\n",
                java.nio.file.StandardOpenOption.APPEND);
        Captured c = run("--only", "findings");
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).containsExactly(
                "督查发现：1 个文件，采用 5 行，拒绝 0 行",
                "注意：花名册有 1 行被拒绝（可用 --only staff 查看），引用这些人的行会被当作未知工号",
                "督查发现检查通过：采用 5 行，没有被拒绝的行");
    }

    @Test
    void aFileOutsideTheMonthFolderWithAnyNameIsCheckedInsteadOfTheFolders() throws IOException {
        Path file = dir.resolve("十月督查.csv");
        SmallMonth.write(dir, "十月督查.csv", FINDINGS_HEADER, "X1,2026-10-15,孙督查,2002,,,脱岗,一般,,,,");
        Captured c = run("--only", "findings", "--file", file.toString());
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).containsExactly(
                "督查发现：1 个文件，采用 1 行，拒绝 0 行",
                "督查发现检查通过：采用 1 行，没有被拒绝的行");
    }

    @Test
    void aBlankTemplateChecksCleanWithNoRowsAndNoNotes() {
        Path templates = dir.resolve("templates");
        assertThat(Captured.run("templates", "--output", templates.toString()).exitCode()).isEqualTo(0);
        Captured c = run("--only", "findings", "--file", templates.resolve("findings.xlsx").toString());
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).containsExactly(
                "督查发现：1 个文件，采用 0 行，拒绝 0 行",
                "督查发现检查通过：采用 0 行，没有被拒绝的行");
    }

    @Test
    void aKindWithoutAFileFails() throws IOException {
        Files.delete(input.resolve("findings.csv"));
        Captured c = run("--only", "findings");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).containsExactly(
                "督查发现：在 " + input + " 中没有找到文件（文件名应以 findings 开头，如 findings.xlsx 或 findings.csv）");
    }

    @Test
    void anUnreadableFileFailsWithItsReason() throws IOException {
        Files.delete(input.resolve("findings.csv"));
        Files.writeString(input.resolve("findings.xlsx"), "not a workbook");
        Captured c = run("--only", "findings");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).containsExactly("督查发现：1 个文件，采用 0 行，拒绝 0 行");
        assertThat(c.err()).containsExactly("findings.xlsx 不是有效的 Excel 工作簿（.xlsx），可能已损坏或只是改了扩展名；"
                + "请用 Excel 或 WPS 打开后另存为 .xlsx");
    }

    @Test
    void inEnglish() {
        Captured c = run("--only", "findings", "--lang", "en");
        assertThat(c.out()).containsExactly(
                "Inspection findings: 1 file, 5 rows used, 0 rejected",
                "Inspection findings: checked, 5 rows used, none rejected");
    }

    @Test
    void usageMistakes() throws IOException {
        assertThat(run("--only", "finding")).satisfies(c -> {
            assertThat(c.exitCode()).isEqualTo(2);
            assertThat(c.err()).containsExactly("不认识的输入种类“finding”，应为以下之一：staff, punches, leave, errors, "
                    + "overtime, findings, duty, tasks, documents, information, calendar");
        });
        assertThat(run("--file", input.resolve("findings.csv").toString())).satisfies(c -> {
            assertThat(c.exitCode()).isEqualTo(2);
            assertThat(c.err()).containsExactly(
                    "--file 需要同时用 --only 说明文件是哪一种输入，例如 --only findings --file 督查.xlsx");
        });
        assertThat(run("--only", "findings", "--file", dir.resolve("nope.xlsx").toString())).satisfies(c -> {
            assertThat(c.exitCode()).isEqualTo(2);
            assertThat(c.err()).containsExactly("文件 " + dir.resolve("nope.xlsx") + " 不存在");
        });
        Files.writeString(dir.resolve("findings.xls"), "old");
        assertThat(run("--only", "findings", "--file", dir.resolve("findings.xls").toString())).satisfies(c -> {
            assertThat(c.exitCode()).isEqualTo(2);
            assertThat(c.err()).containsExactly("文件 " + dir.resolve("findings.xls") + " 不是 .xlsx 或 .csv 文件");
        });
    }

    private Captured run(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "validate";
        all[1] = "--month";
        all[2] = "2026-10";
        all[3] = "--input";
        all[4] = input.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        return Captured.run(all);
    }
}
