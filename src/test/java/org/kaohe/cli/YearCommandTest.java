package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;

/**
 * {@code kaohe year} on a small office of three 免打卡 people whose months are run first: exit codes, the preview of
 * a year with missing months, already done, months changed since, and the rerun.
 */
class YearCommandTest {

    @TempDir
    Path dir;

    private Path yearOutput() {
        return dir.resolve("output").resolve("2026");
    }

    private void runMonth(String month, String... findings) throws IOException {
        ThreePeople.runMonth(dir, month, findings);
    }

    private Captured year(String... extra) {
        return Captured.run(Stream.concat(Stream.of("year", "--year", "2026", "--output", yearOutput().toString()),
                Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void aYearOfTwoMonthsIsAPreviewWithEveryoneUndeterminedThenAlreadyDoneThenChangedThenRerun() throws Exception {
        runMonth("2026-01");
        runMonth("2026-02");

        Captured first = year();

        assertThat(first.exitCode()).as(String.join("\n", first.err())).isEqualTo(0);
        assertThat(first.out()).contains("== 2026 年年终考核完成 ==",
                "使用的月份：2026-01, 2026-02（共 2 个月，每个月取最后一次完成的运行）",
                "本次为预览（截至 2 月）：以下月份没有已完成的运行，未计入：2026-03, 2026-04, 2026-05, 2026-06, "
                        + "2026-07, 2026-08, 2026-09, 2026-10, 2026-11, 2026-12",
                "人员：3 人，有年度等次 0 人，不定等次 3 人，一票否决 0 人");
        assertThat(Files.readString(yearOutput().resolve("year-results-2026.csv"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF工号,姓名,科室,参评月数,好,较好,一般,较差,一票否决月数,月均得分,值班脱岗次数,信息省录用,"
                        + "信息市录用,信息扣分,年度得分,年度等次,奖励,考核奖\r\n"
                        + "Y01,甲,综合科,2,2,0,0,0,0,100.00,0,0,0,0.00,100.00,不定等次,,0.00\r\n"
                        + "Y02,乙,综合科,2,0,2,0,0,0,100.00,0,0,0,0.00,100.00,不定等次,,0.00\r\n"
                        + "Y03,丙,综合科,2,0,2,0,0,0,100.00,0,0,0,0.00,100.00,不定等次,,0.00\r\n");
        assertThat(Files.readString(yearOutput().resolve("award-payroll-2026.csv"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF工号,姓名,科室,考核奖\r\nY01,甲,综合科,0.00\r\nY02,乙,综合科,0.00\r\n"
                        + "Y03,丙,综合科,0.00\r\n");

        try (XSSFWorkbook wb = new XSSFWorkbook(yearOutput().resolve("year-2026.xlsx").toFile())) {
            DataFormatter f = new DataFormatter();
            assertThat(wb.getSheet("年度汇总").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("本单位2026年度（截至 2 月）考核汇总表");
            assertThat(f.formatCellValue(wb.getSheet("年度汇总").getRow(4).getCell(5))).isEqualTo("未运行");
            assertThat(wb.getSheet("月份").getRow(1).getCell(0).getStringCellValue()).isEqualTo("本次为预览（截至 2 月）："
                    + "2026-03，2026-04，2026-05，2026-06，2026-07，2026-08，2026-09，2026-10，2026-11，2026-12 没有已完成的运行，未计入");
            assertThat(wb.getSheet("月份").getRow(6).getCell(1).getStringCellValue()).isEqualTo("没有已完成的运行，未计入");
            assertThat(wb.getSheet("优秀排名").getRow(1).getCell(0).getStringCellValue()).isEqualTo("没有符合优秀条件的人选");
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(yearOutput().resolve("publicity-2026.docx")))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains(
                    "关于2026年度考核优秀等次拟定人选的公示（截至 2 月）",
                    "根据年度考核有关规定，依据2026年度各月平时考核结果，本年度没有拟定为优秀等次的人选。",
                    "本名单依据截至 2 月的平时考核结果拟定（2026-03，2026-04，2026-05，2026-06，2026-07，2026-08，2026-09，"
                            + "2026-10，2026-11，2026-12 尚无考核结果），仅供预览，不作为正式公示。");
        }

        Captured again = year();
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.out()).containsExactly(
                "2026 年已用相同的月份结果和规则完成过年终考核，未重新计算。如需重新计算，请加 --rerun");

        runMonth("2026-03");
        Captured changed = year();
        assertThat(changed.exitCode()).isEqualTo(2);
        assertThat(changed.err()).containsExactly("2026 年的年终考核已经完成过，此后有变化：2026-03 新完成。本次未重新计算。"
                + "如要按新的结果重新计算，请加 --rerun（原来的输出会移入 previous-<时间> 文件夹）");

        Captured rerun = year("--rerun");
        assertThat(rerun.exitCode()).as(String.join("\n", rerun.err())).isEqualTo(0);
        assertThat(rerun.out()).contains("使用的月份：2026-01, 2026-02, 2026-03（共 3 个月，每个月取最后一次完成的运行）");
        assertThat(Files.readAllLines(yearOutput().resolve("year-results-2026.csv"), StandardCharsets.UTF_8).get(1))
                .isEqualTo("Y01,甲,综合科,3,3,0,0,0,0,100.00,0,0,0,0.00,100.00,不定等次,,0.00");
        try (Stream<Path> entries = Files.list(yearOutput())) {
            List<Path> previous = entries.filter(p -> p.getFileName().toString().startsWith("previous-")).toList();
            assertThat(previous).hasSize(1);
            assertThat(Files.readAllLines(previous.get(0).resolve("year-results-2026.csv")).get(1))
                    .isEqualTo("Y01,甲,综合科,2,2,0,0,0,0,100.00,0,0,0,0.00,100.00,不定等次,,0.00");
            assertThat(previous.get(0).resolve("year-2026.xlsx")).isRegularFile();
            assertThat(previous.get(0).resolve("publicity-2026.docx")).isRegularFile();
            assertThat(previous.get(0).resolve("sections").resolve("综合科-2026.xlsx")).isRegularFile();
        }

        // job execution ids are shared by both jobs: months 1, 2, year 3, month 4 (March), year 5 (the rerun)
        Captured history = Captured.run("history", "--output", dir.resolve("output").toString());
        String user = System.getProperty("user.name");
        assertThat(history.out().subList(5, 8)).extracting(l -> l.replaceAll(
                "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", "<time>").replaceAll(" +", " ")).containsExactly("年终考核：",
                "编号 年度 开始时间 方式 状态 人数 运行人 使用的月份（月份 运行编号）",
                "3 2026 <time> 计算 完成 3 " + user + " 2026-01 运行 1, 2026-02 运行 2");
        assertThat(history.out().get(8).replaceAll(" +", " ")).endsWith(
                " 重算 完成 3 " + user + " 2026-01 运行 1, 2026-02 运行 2, 2026-03 运行 4").startsWith("5 2026 ");
    }

    @Test
    void sixMonthsGradeTheYearAndExplainShowsOnePersonsArithmetic() throws Exception {
        for (int m = 1; m <= 6; m++) {
            runMonth("2026-0" + m, m == 3 ? new String[] {"F1,2026-03-14,孙督查,Y02,,,值班脱岗,,,,周六值班未到岗,"}
                    : new String[0]);
        }

        assertThat(year().exitCode()).isEqualTo(0);

        // Y01: 好 in 6 of 6 at 100 → 优秀, the quota's one place (3 × 20 % rounded down, at least 1): 3000 × 1.5;
        // Y02: 较好 ×6, March 95 for the 值班脱岗: 595 / 6 = 99.1666…, − 5 charged again = 94.1666… → 称职, 2000 × 1.0;
        // Y03: 较好 ×6 at 100 → 称职 (好 in fewer than half its months), 2500 × 1.0
        assertThat(Files.readAllLines(yearOutput().resolve("year-results-2026.csv"), StandardCharsets.UTF_8)
                .subList(1, 4)).containsExactly(
                "Y01,甲,综合科,6,6,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,4500.00",
                "Y02,乙,综合科,6,0,6,0,0,0,99.17,1,0,0,0.00,94.17,称职,,2000.00",
                "Y03,丙,综合科,6,0,6,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2500.00");

        Captured explain = Captured.run("explain", "--year", "2026", "--employee", "Y02", "--output",
                yearOutput().toString());
        assertThat(explain.exitCode()).as(String.join("\n", explain.err())).isEqualTo(0);
        assertThat(explain.out()).containsExactly(
                "乙（Y02，综合科）2026 年年终考核",
                "各月（每个月取最后一次完成的运行）：",
                "  2026-01  得分 100.00  较好（运行 1）",
                "  2026-02  得分 100.00  较好（运行 2）",
                "  2026-03  得分 95.00  较好（运行 3）",
                "  2026-04  得分 100.00  较好（运行 4）",
                "  2026-05  得分 100.00  较好（运行 5）",
                "  2026-06  得分 100.00  较好（运行 6）",
                "  2026-07  没有已完成的运行，未计入",
                "  2026-08  没有已完成的运行，未计入",
                "  2026-09  没有已完成的运行，未计入",
                "  2026-10  没有已完成的运行，未计入",
                "  2026-11  没有已完成的运行，未计入",
                "  2026-12  没有已完成的运行，未计入",
                "月均得分 = 参评 6 个月得分合计 595.00 ÷ 6 = 99.17",
                "值班脱岗：全年 1 次 × 5.00 = 扣 5.00",
                "信息采用：没有信息报送任务，不考核采用目标",
                "年度得分 = 99.17 − 5.00 − 0.00 = 94.17（按精确值比较分数线）",
                "不定等次（参评月数少于 6）：否（参评 6 个月）",
                "不称职（年度得分低于 60.00，或较差 3 个月及以上）：否（年度得分 94.17，较差 0 个月）",
                "基本称职（年度得分低于 70.00，或较差 1 个月及以上）：否（年度得分 94.17，较差 0 个月）",
                "优秀人选：否（未被一票否决 是；无较差月 是；年度得分不低于 90.00 是；“好” 0 个月，参评 6 个月，须不少于一半）",
                "年度等次：称职",
                "理由：好 0 个月，不足参评 6 个月的 50%",
                "奖励：无",
                "考核奖 = 绩效基数 2000.00 × 1.0（称职）= 2000.00 元");

        Captured excellent = Captured.run("explain", "--year", "2026", "--employee", "Y01", "--output",
                yearOutput().toString(), "--lang", "en");
        assertThat(excellent.out()).contains("Excellent quota: rank 1, quota 1 (people with a year grade 3 × the "
                + "share, rounded down, at least 1), within the quota", "Year grade: excellent",
                "Why: year score 100.00, excellent in 6 months, rank 1 within the quota", "Award: commendation", "Year-end award = pay base 3000.00 × 1.5 (excellent) = 4500.00 yuan");
        Captured nobody = Captured.run("explain", "--year", "2026", "--employee", "Z99", "--output",
                yearOutput().toString());
        assertThat(nobody.exitCode()).isEqualTo(2);
        assertThat(nobody.err()).containsExactly("2026 年的运行记录中没有工号 Z99");

        Captured english = year("--rerun", "--lang", "en");
        assertThat(english.exitCode()).as(String.join("\n", english.err())).isEqualTo(0);
        try (XSSFWorkbook wb = new XSSFWorkbook(yearOutput().resolve("year-2026.xlsx").toFile())) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Year summary", "Excellent ranking", "Months", "Rules");
            var summary = wb.getSheet("Year summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("本单位 annual evaluation summary for year 2026 (up to month 6)");
            assertThat(summary.getRow(4).getCell(3).getStringCellValue()).isEqualTo("100.00\nexcellent");
            assertThat(summary.getRow(4).getCell(9).getStringCellValue()).isEqualTo("not run");
            assertThat(summary.getRow(4).getCell(28).getStringCellValue())
                    .isEqualTo("year score 100.00, excellent in 6 months, rank 1 within the quota");
            assertThat(summary.getRow(6).getCell(28).getStringCellValue())
                    .isEqualTo("excellent in no month, less than 50% of 6 graded months");
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(yearOutput().resolve("publicity-2026.docx")))) {
            XWPFParagraph title = doc.getParagraphs().get(3);
            assertThat(title.getText()).isEqualTo("Public notice of the people proposed for the grade excellent in "
                    + "the 2026 annual evaluation (up to month 6)");
            assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("综合科 (1): 甲");
        }

        // June run again (run 9) with Y01's drinking: June 98.00 vetoed → 较差, 598 / 6 = 99.67 → 基本称职, no award,
        // 考核奖 0; June's 好 goes to Y02, whose four values stay (称职 at 94.17, 2000.00): only Y01 is listed
        Path june = dir.resolve("input").resolve("2026-06");
        SmallMonth.write(june, "findings.csv", ThreePeople.FINDINGS_HEADER,
                "F9,2026-06-10,孙督查,Y01,,,工作日饮酒,一般,,,午餐饮酒,");
        assertThat(Captured.run("run", "--month", "2026-06", "--input", june.toString(), "--output",
                dir.resolve("output").resolve("2026-06").toString(), "--rerun").exitCode()).isZero();
        Captured rerun = year("--rerun");
        assertThat(rerun.exitCode()).as(String.join("\n", rerun.err())).isZero();
        assertThat(rerun.out()).contains("已写入：" + yearOutput().resolve("changes-2026.csv"));
        assertThat(Files.readString(yearOutput().resolve("changes-2026.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF工号,姓名,科室,原年度得分,新年度得分,原年度等次,新年度等次,原奖励,新奖励,原考核奖,新考核奖,说明,变化的月份和规则\r\n"
                + "Y01,甲,综合科,100.00,99.67,优秀,基本称职,嘉奖,,4500.00,0.00,,2026-06 重新运行过（运行 6 → 9）\r\n");
        // the reason names the vetoed month and the row that caused it, in the workbook as in explain
        try (XSSFWorkbook wb = new XSSFWorkbook(yearOutput().resolve("year-2026.xlsx").toFile())) {
            var summary = wb.getSheet("年度汇总");
            var y01 = java.util.stream.IntStream.rangeClosed(4, 6).mapToObj(summary::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("Y01")).findFirst().orElseThrow();
            assertThat(y01.getCell(28).getStringCellValue()).isEqualTo("较差 1 个月（6 月一票否决：工作日饮酒：午餐饮酒，findings.csv 第2行）");
        }
    }

    @Test
    void withProtectEachSectionsYearWorkbookIsEncryptedAndAMissingPasswordWritesNothing() throws Exception {
        runMonth("2026-01");
        Path passwords = dir.resolve("passwords.csv");
        Files.writeString(passwords, "科室,密码\n秘书科,mi\n", StandardCharsets.UTF_8);

        Captured missing = year("--protect", passwords.toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("科室报表密码文件 " + passwords.toAbsolutePath() + " 中没有这些科室的密码：综合科。"
                + "每个科室的报表都要加密，请补上密码后重新运行（或不用 --protect）");
        assertThat(yearOutput().resolve("year-results-2026.csv")).doesNotExist();

        Files.writeString(passwords, "科室,密码\n综合科,zonghe 密\n", StandardCharsets.UTF_8);
        Captured protectedYear = year("--protect", passwords.toString());

        assertThat(protectedYear.exitCode()).as(String.join("\n", protectedYear.err())).isEqualTo(0);
        assertThat(protectedYear.out()).contains("科室报表：1 个，均已按密码文件加密");
        Path section = yearOutput().resolve("sections").resolve("综合科-2026.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(section.toFile(), true)) {
            Decryptor d = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(d.verifyPassword("zonghe 密")).isTrue();
            try (InputStream data = d.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook(data)) {
                assertThat(wb.getSheet("年度汇总").getRow(1).getCell(0).getStringCellValue()).isEqualTo("科室：综合科");
            }
        }
        // HR's workbook is not a section's: never encrypted
        try (XSSFWorkbook hr = new XSSFWorkbook(yearOutput().resolve("year-2026.xlsx").toFile())) {
            assertThat(hr.getSheetName(0)).isEqualTo("年度汇总");
        }
    }

    @Test
    void aYearWithNoCompletedMonthIsAUsageError() throws IOException {
        runMonth("2025-12");

        Captured c = year("--lang", "en");

        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).containsExactly("The run history in "
                + dir.resolve("output").resolve(".kaohe").toAbsolutePath()
                + " has no completed month of 2026. The year reads only the run history: run the months with kaohe "
                + "run (into the same output root) first, then kaohe year");
        assertThat(yearOutput()).doesNotExist();
    }

    @Test
    void whileAnotherRunHoldsTheRepositoryTheYearStopsWithExitOneAndWritesNothing() throws Exception {
        runMonth("2026-01");
        try (FileChannel channel = FileChannel.open(dir.resolve("output").resolve(".kaohe").resolve("jobs.mv.db"),
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Captured c = year();

            assertThat(c.exitCode()).isEqualTo(1);
            assertThat(c.err()).first().isEqualTo("2026 年的年终考核正在另一个窗口运行，请等它结束后再试");
        }
        assertThat(yearOutput()).doesNotExist();
    }

    @Test
    void aYearNotWrittenWithFourDigitsIsRefused() {
        Captured c = Captured.run("year", "--year", "26", "--output", yearOutput().toString());

        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).containsExactly("年份“26”格式不对，应为四位数字 YYYY，例如 2026");
    }
}
