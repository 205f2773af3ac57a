package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;

/** validate, the languages and the usage errors (exit 2) of SPEC §5. */
class CommandLineTest {

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void writeMonth() throws IOException {
        input = Files.createDirectories(dir.resolve("2026-10"));
        SmallMonth.writeTo(input);
    }

    @Test
    void validateListsEveryInputAndEveryRejectionAndWritesNothing() {
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString());
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).containsExactly(
                "花名册：1 个文件，采用 4 行，拒绝 0 行",
                "打卡记录：1 个文件，采用 71 行，拒绝 1 行",
                "请假/公出：1 个文件，采用 1 行，拒绝 0 行",
                "差错登记：1 个文件，采用 1 行，拒绝 0 行",
                "加班申请：1 个文件，采用 1 行，拒绝 0 行",
                "督查发现：1 个文件，采用 5 行，拒绝 0 行",
                "值班表：没有文件（duty.xlsx 或 duty.csv），按无记录处理",
                "督办事项：没有文件（tasks.xlsx 或 tasks.csv），按无记录处理",
                "公文流转：没有文件（documents.xlsx 或 documents.csv），按无记录处理",
                "信息报送台账：没有文件（information.xlsx 或 information.csv），按无记录处理",
                                "punches.csv 第 73 行，列“工号”，值“1O01”：花名册中没有工号或考勤号为 1O01 的人，是否为 张伟（1001）？",
                "2026-10 的输入检查通过（被拒绝的行：1 行）");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(input);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void filesOfNoKnownKindAreNamedAsNotRead() throws IOException {
        SmallMonth.write(input, "notes.csv", "编号,事项");
        SmallMonth.write(input, "~$staff.xlsx", "");
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString());
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).containsOnlyOnce("提示：文件 notes.csv 不是可识别的输入（文件名应以 staff, punches, leave, "
                + "errors, overtime, findings, duty, tasks, documents, information, calendar 之一开头，扩展名为 .xlsx 或 .csv；"
                + "考勤机导出的 .dat 文件和含“原始记录”工作表的钉钉考勤报表除外），未读取");
        assertThat(c.out()).noneMatch(line -> line.contains("~$staff.xlsx"));
    }

    @Test
    void aLineOfNulBytesIsRejectedAndShownReadably() throws IOException {
        Files.write(input.resolve("punches.csv"), new byte[300_000], StandardOpenOption.APPEND);
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString());
        assertThat(c.exitCode()).isEqualTo(0);
        // the value and the reason quote 60 characters, the NULs escaped, and the value's full length
        assertThat(c.out()).contains("punches.csv 第 74 行，列“工号”，值“" + "<U+0000>".repeat(60) + "……（共 300000 个字符）”："
                + "含有看不见的字符 <U+0000>（" + "<U+0000>".repeat(60) + "…），可能是从网页或聊天软件粘贴带来的，请删去后再保存");
    }

    @Test
    void anUnusableStaffFileIsTheOnlyThingReported() throws IOException {
        Files.delete(input.resolve("staff.csv"));
        Files.writeString(input.resolve("staff.xlsx"), "not a workbook");
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).containsExactly(
                "staff.xlsx 不是有效的 Excel 工作簿（.xlsx），可能已损坏或只是改了扩展名；请用 Excel 或 WPS 打开后另存为 .xlsx");
    }

    @Test
    void validateFailsWhenARunWouldFail() throws IOException {
        SmallMonth.write(input, "errors.csv", "编号,日期,工号,类别,等级,描述,登记日期,登记人",
                "E1,2026-11-02,1001,公文,一般,文号错误,2026-11-03,赵登记");
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).containsExactly("差错登记共 1 行，其中 1 行被拒绝，超过 5%，本次不予计算");
    }

    @Test
    void englishOnRequest() {
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--lang", "en");
        assertThat(c.out()).startsWith("Staff roster: 1 file, 4 rows used, 0 rejected");
        assertThat(c.out()).contains("Inputs of 2026-10 passed the checks (1 rejected row)");
    }

    @Test
    void usageMistakesExitWithTwoAndOneSentence() throws IOException {
        assertThat(Captured.run("run", "--month", "2026-13")).satisfies(c -> {
            assertThat(c.exitCode()).isEqualTo(2);
            assertThat(c.err()).containsExactly("月份“2026-13”格式不对，应为 YYYY-MM，例如 2026-10");
        });
        assertThat(Captured.run("validate", "--month", "2026-10", "--input", dir.resolve("nope").toString()))
                .satisfies(c -> {
                    assertThat(c.exitCode()).isEqualTo(2);
                    assertThat(c.err()).containsExactly("输入文件夹 " + dir.resolve("nope") + " 不存在");
                });
        Path rules = dir.resolve("rules.yml");
        Files.writeString(rules, Files.readString(Path.of("jobs/rules.yml")).replace("mode: pool", "mode: pol"));
        Files.createDirectories(dir.resolve("calendar"));
        assertThat(Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--rules",
                rules.toString())).satisfies(c -> {
                    assertThat(c.exitCode()).isEqualTo(2);
                    assertThat(c.err()).hasSize(1);
                    assertThat(c.err().get(0)).startsWith("rules.yml 第 ").endsWith("行：pay.mode 的值“pol”无效，可选：POOL, COEFFICIENT");
                });
        assertThat(Captured.run("run").exitCode()).isEqualTo(2);
    }

    @Test
    void aMonthOfAYearWithoutCalendarNeedsAFullCalendarCsv() {
        Captured c = Captured.run("validate", "--month", "2027-03", "--input", input.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).hasSize(1);
        assertThat(c.err().get(0)).contains("2027");
    }
}
