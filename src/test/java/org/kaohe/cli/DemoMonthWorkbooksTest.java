package org.kaohe.cli;

import static org.kaohe.Cells.sheetNames;
import static org.kaohe.Cells.texts;
import static org.kaohe.Cells.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks of the demo month (input/2026-10, narrated in input/README.md), read back with POI: HR's
 * performance workbook, the section workbooks (encrypted with --protect) and the same in English.
 */
class DemoMonthWorkbooksTest {

    private static final DataFormatter SHOWN = new DataFormatter();

    // the causes of input/README.md §4.9 (tasks.csv row 9) and §4.10 (documents.xlsx rows 7 and 2)
    // a violation's cause stops at the lateness; the deduction line adds the arithmetic of the points
    private static final String LUO_HAO_OVERDUE = "督办事项 DB-2026-050「市人大代表建议办理答复」时限 2026-10-12，"
            + "2026-10-20 办结，本月逾期 6 个工作日（2026-10-13 至 2026-10-20）";
    private static final String LUO_HAO_DELAY = LUO_HAO_OVERDUE + "，每个工作日 1 分，每项每月最多 5 分，计 5 分";
    private static final String SONG_JIANHUA_LATE = "公文 市委组织部〔2026〕41号（加急）2026-10-09 15:00 收文，"
            + "时限：1 个工作日（2026-10-10 17:30 前），2026-10-12 10:00 才办结";
    private static final String SONG_JIANHUA_BACKLOG = SONG_JIANHUA_LATE + "，积压 1 件，计 1 分";
    private static final String LIN_ZHIYUAN_LATE = "公文 市委办〔2026〕112号（普通）2026-09-21 09:00 收文，"
            + "时限：3 个工作日（2026-09-24 17:30 前），已跨月积压，到 2026-10-31 月末仍未办结（每个月末仍积压计一次）";
    private static final String LIN_ZHIYUAN_BACKLOG = LIN_ZHIYUAN_LATE + "，积压 1 件，计 1 分";
    /** 文电科's don't-let violations (input/README.md §4.5–4.7, 4.9, 4.10): brief, 工号, 姓名, points. */
    private static final List<String> WENDIAN_VIOLATIONS = List.of("积压 1018 林志远 1.00", "冷落 1019 高雪梅 2.00",
            "积压 1019 高雪梅 1.00", "延误 1020 罗浩 5.00", "差错 1021 郑雅琴 2.00", "差错 1022 梁宇 10.00",
            "积压 1024 宋建华 1.00", "形象 1025 唐欣 5.00", "积压 1025 唐欣 1.00", "积压  （整个科室） 5.00");

    @TempDir
    static Path dir;

    private static Path zh;
    private static Path en;
    private static Captured zhRun;

    @BeforeAll
    static void runTheDemoMonthInChineseWithPasswordsAndInEnglishWithAHostilePunchRow() throws IOException {
        Path passwords = Files.writeString(dir.resolve("科室密码.csv"),
                "科室,密码\n综合科,zh-1\n秘书科,ms-2\n文电科,wd-3\n信息科,xx-4\n行政科,xz-5\n");
        zh = dir.resolve("zh").resolve("2026-10");
        zhRun = Captured.run("run", "--month", "2026-10", "--output", zh.toString(), "--protect", passwords.toString());
        assertThat(zhRun.exitCode()).isEqualTo(0);
        Path input = dir.resolve("input");
        copy(Path.of("input/2026-10"), input);
        // a punch row whose 工号 is a formula: rejected, and its value must reach the workbook as plain text
        Files.writeString(input.resolve("punches-c.csv"), "工号,打卡时间\n\"=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",2026-10-12 08:00\n");
        en = dir.resolve("en").resolve("2026-10");
        assertThat(Captured.run("run", "--month", "2026-10", "--input", input.toString(), "--output", en.toString(),
                "--lang", "en").exitCode()).isEqualTo(0);
    }

    @Test
    void hrWorkbookHasItsSheetsWithFrozenFilteredHeaders() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "科室排名", "人员", "考勤表", "扣分明细", "加班核实",
                    "未采用");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                // every sheet a form: title, blank row, header frozen, the sign-off last, outside any filter
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).as(s.getSheetName()).startsWith("本单位2026年10月");
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
                assertThat(s.getRow(s.getLastRowNum()).getCell(0).getStringCellValue()).as(s.getSheetName())
                        .startsWith("制表：");
                if (!List.of("人员", "考勤表").contains(s.getSheetName())) {
                    assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(s.getSheetName())
                            .startsWith("A3:").endsWith(String.valueOf(s.getLastRowNum() - 1));
                }
            }
            assertThat(sheetNames(wb).stream().map(n -> wb.getSheet(n).getRow(0).getCell(0).getStringCellValue()))
                    .containsExactly("本单位2026年10月绩效考核汇总表", "本单位2026年10月科室排名表",
                            "本单位2026年10月绩效考核结果表", "本单位2026年10月月度考勤表", "本单位2026年10月扣分加分明细表",
                            "本单位2026年10月加班核实表", "本单位2026年10月未采用记录表");
            // the forms: title, blank row, header frozen; no filter, as the people's ends in its 合计 row
            XSSFSheet people = wb.getSheet("人员");
            assertThat(people.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(people.getCTWorksheet().isSetAutoFilter()).isFalse();
        }
        assertThat(zhRun.out()).contains("已写入：" + zh.resolve("performance-2026-10.xlsx"),
                "已写入：" + zh.resolve("sections"), "科室报表：5 个，均已按密码文件加密");
    }

    /** Issue 15 item 2: each sheet of the HR, a section's and the five don't-lets workbook prints as a form. */
    @Test
    void everySheetOfEveryWorkbookPrintsOnA4LandscapeOnePageWideWithPageNumbers() throws Exception {
        try (XSSFWorkbook hr = open(zh.resolve("performance-2026-10.xlsx"));
             XSSFWorkbook section = decrypted(zh.resolve("sections").resolve("文电科-2026-10.xlsx"), "wd-3");
             XSSFWorkbook fdl = open(zh.resolve("five-dont-lets-2026-10.xlsx"))) {
            for (XSSFWorkbook wb : List.of(hr, section, fdl)) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet s = wb.getSheetAt(i);
                    assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                    assertThat(s.getPrintSetup().getPaperSize()).as(s.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(s.getFitToPage()).as(s.getSheetName()).isTrue();
                    assertThat(s.getPrintSetup().getFitWidth()).as(s.getSheetName()).isEqualTo((short) 1);
                    assertThat(s.getFooter().getCenter()).as(s.getSheetName()).endsWith("第 &P 页 共 &N 页");
                    int header = s.getPaneInformation().getHorizontalSplitPosition();
                    assertThat(s.getRepeatingRows().formatAsString()).as(s.getSheetName()).isEqualTo("1:" + header);
                }
            }
            for (XSSFSheet s : List.of(hr.getSheet("人员"), hr.getSheet("扣分明细"), hr.getSheet("加班核实"),
                    section.getSheet("人员"), section.getSheet("扣分明细"), fdl.getSheet("重复违规"))) {
                assertThat(s.getRepeatingColumns().formatAsString()).as(s.getSheetName()).isEqualTo("A:B");
                assertThat(s.getPaneInformation().getVerticalSplitPosition()).as(s.getSheetName()).isEqualTo((short) 2);
            }
            // the sheets with a chart print on one page, so the chart is never cut
            for (String chart : List.of("汇总", "趋势")) {
                XSSFSheet s = fdl.getSheet(chart);
                assertThat(s.getPrintSetup().getFitHeight()).as(chart).isEqualTo((short) 1);
                assertThat(s.getDrawingPatriarch().getCharts()).as(chart).hasSize(1);
            }
            assertThat(hr.getSheet("人员").getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        }
    }

    /** Issue 15 item 1: the 人员 sheet as the office's form (input/README.md §5.4 for the scores and pay). */
    @Test
    void thePeopleSheetIsAFormByScoreWithinSectionWithRankPointsPayRemarksTotalsAndSignOff() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            XSSFSheet people = wb.getSheet("人员");
            assertThat(shown(people.getRow(0))).containsExactly("本单位2026年10月绩效考核结果表");
            assertThat(wb.getFontAt(people.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontHeightInPoints())
                    .isEqualTo((short) 14);
            assertThat(texts(people.getRow(2))).containsExactly("工号", "姓名", "科室", "应出勤天数", "出勤系数", "迟到",
                    "早退", "缺卡", "旷工天数", "请假天数", "扣分合计", "加分合计", "得分", "科室名次", "等次", "岗位系数",
                    "积分", "绩效工资", "备注");
            // sections in ranking order, each by score: 秘书科 first, 朱玉梅 104.00 at its top
            assertThat(shown(people.getRow(3))).containsExactly("1014", "朱玉梅", "秘书科", "18.0", "1.0000", "0",
                    "0", "0", "0.0", "0.0", "0.00", "4.00", "104.00", "1", "好", "1.00", "104.00", "3,923.16", "");
            assertThat(shown(people.getRow(6))).containsExactly("1017", "何文博", "秘书科", "18.0", "0.5556", "0",
                    "0", "0", "0.0", "0.0", "0.00", "0.00", "100.00", "3", "较好", "1.00", "55.56", "2,095.70",
                    "“好”的名额已满（本科室 3 个：参评 8 人的 40%，向下取整）");
            // 马俊: late 3 times, 8 points off, both in red
            Row maJun = people.getRow(10);
            assertThat(shown(maJun).subList(0, 13)).containsExactly("1013", "马俊", "秘书科", "18.0", "1.0000",
                    "3", "0", "0", "0.0", "0.0", "8.00", "0.50", "92.50");
            assertThat(red(maJun.getCell(5))).isTrue();
            assertThat(red(maJun.getCell(10))).isTrue();
            assertThat(red(maJun.getCell(6))).isFalse();
            assertThat(shown(people.getRow(28))).containsExactly("1035", "傅强", "行政科", "18.0", "1.0000", "0",
                    "0", "0", "0.0", "0.0", "0.00", "5.00", "105.00", "1", "好", "1.20", "126.00", "4,753.06", "");
            assertNumber(people.getRow(28).getCell(17), 4753.06, "#,##0.00");
            Row zengFan = people.getRow(32);
            assertThat(shown(zengFan).subList(12, 19)).containsExactly("94.00", "5", "较差", "1.00", "0.00", "0.00",
                    "一票否决：督查发现 DC2610-11：工作日饮酒：中午在外饮酒，下午上班有明显酒气，一票否决");
            assertThat(red(zengFan.getCell(14))).isTrue();
            assertThat(red(zengFan.getCell(18))).isTrue();
            // 文电科: 宋建华 and 高雪梅 both 99.00; the quota's tie-break (fewer deductions) lists 宋建华 first, as 好
            assertThat(shown(people.getRow(38)).subList(0, 15)).containsExactly("1024", "宋建华", "文电科", "18.0",
                    "0.9444", "0", "0", "0", "0.0", "2.0", "1.00", "0.00", "99.00", "3", "好");
            assertThat(shown(people.getRow(39)).subList(0, 15)).containsExactly("1019", "高雪梅", "文电科", "18.0",
                    "1.0000", "0", "0", "0", "0.0", "0.0", "3.00", "2.00", "99.00", "3", "较好");
            assertThat(shown(people.getRow(44))).containsExactly("1026", "韩冰", "文电科", "18.0", "0.0000", "0", "0",
                    "0", "0.0", "0.0", "0.00", "0.00", "0.00", "", "不参评", "1.00", "0.00", "0.00",
                    "不参评：本月没有在岗的工作日");
            Row total = people.getRow(45);
            assertThat(shown(total)).containsExactly("合计", "42 人", "", "", "", "5", "2", "6", "3.5", "19.0",
                    "146.50", "24.40", "", "", "", "", "3794.80", "143,150.00", "");
            assertThat(wb.getFontAt(total.getCell(17).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(people.getLastRowNum()).isEqualTo(47);
            assertThat(people.getRow(47).getCell(0).getStringCellValue()).startsWith("制表：").contains("审核：", "日期：");
        }
    }

    /** Issue 15 item 3: the monthly attendance grid (input/README.md §4 for the demo month's days). */
    @Test
    void theAttendanceGridHasASymbolPerDayTotalsAndALegend() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            XSSFSheet grid = wb.getSheet("考勤表");
            assertThat(shown(grid.getRow(0))).containsExactly("本单位2026年10月月度考勤表");
            List<String> header = texts(grid.getRow(2));
            assertThat(header).hasSize(3 + 31 + 6);
            assertThat(header.subList(0, 4)).containsExactly("工号", "姓名", "科室", "1");
            assertThat(header.subList(33, 40)).containsExactly("31", "出勤天数", "迟到", "早退", "缺卡", "旷工天数",
                    "请假天数");
            // 马俊, late on the 9th, 15th and 28th; 1–7 October and the weekends are rest days
            Row maJun = grid.getRow(6);
            assertThat(String.join("", shown(maJun).subList(0, 34))).isEqualTo("1013马俊秘书科" + "休".repeat(7)
                    + "√迟√休√√√迟√休休√√√√√休休√√迟√√休");
            assertThat(shown(maJun).subList(34, 40)).containsExactly("18", "3", "0", "0", "0.0", "0.0");
            assertThat(red(maJun.getCell(3 + 8))).isTrue();
            assertThat(red(maJun.getCell(3 + 7))).isFalse();
            // 朱玉梅's 公出 on the 27th counts as a day at work; 宋建华's sick leave does not
            assertThat(shown(grid.getRow(7)).get(3 + 26)).isEqualTo("公");
            assertThat(shown(grid.getRow(7)).get(34)).isEqualTo("18");
            assertThat(shown(grid.getRow(42)).subList(0, 2)).containsExactly("1024", "宋建华");
            assertThat(shown(grid.getRow(42)).subList(3 + 20, 3 + 22)).containsExactly("病", "病");   // 21st and 22nd
            assertThat(shown(grid.getRow(42)).subList(34, 40)).containsExactly("16", "0", "0", "0", "0.0", "2.0");
            // 韩冰, not employed this month: no day marked
            assertThat(shown(grid.getRow(44)).subList(0, 2)).containsExactly("1026", "韩冰");
            assertThat(shown(grid.getRow(44)).subList(3, 34)).containsOnly("");
            assertThat(grid.getRow(46).getCell(0).getStringCellValue()).startsWith("图例：休 休息日　√ 正常　迟 迟到")
                    .contains("公 公出");
            assertThat(grid.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(grid.getColumnWidth(3)).isEqualTo((2 + 2) * 256);   // 休, with no room for a filter arrow
        }
    }

    private static boolean red(Cell cell) {
        var colour = ((XSSFWorkbook) cell.getSheet().getWorkbook()).getFontAt(cell.getCellStyle().getFontIndex())
                .getXSSFColor();
        return colour != null && "FFC00000".equals(colour.getARGBHex());
    }

    @Test
    void theSummaryGivesCountsPoolGradesAndTheChecksumsOfTheRulesAndEveryInput() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            XSSFSheet s = wb.getSheet("汇总");
            assertThat(texts(s.getRow(2))).containsExactly("项目", "值", "SHA-256");
            assertThat(value(s, "人数")).isEqualTo("42");
            assertThat(value(s, "参评人数")).isEqualTo("41");
            assertThat(value(s, "一票否决人数")).isEqualTo("2");
            assertThat(value(s, "奖金池（全办公室）")).isEqualTo("143150.00");
            assertThat(row(s, "奖金池（全办公室）").getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value(s, "发放合计")).isEqualTo("143150.00");
            assertThat(value(s, "等次“好”人数")).isEqualTo("15");
            assertThat(value(s, "等次“较好”人数")).isEqualTo("24");
            assertThat(value(s, "等次“不参评”人数")).isEqualTo("1");
            assertThat(value(s, "被拒绝的行")).isEqualTo("9");   // input/README.md §6
            assertThat(value(s, "未批准的请假（未采用）")).isEqualTo("2");
            assertThat(value(s, "未采用的补卡")).isEqualTo("3");
            assertThat(value(s, "未批准的加班（未采用）")).isEqualTo("2");
            assertThat(value(s, "本月文明科室")).isEqualTo("秘书科");
            Row rules = row(s, "规则文件");
            assertThat(rules.getCell(1).getStringCellValue()).isEqualTo(Path.of("jobs/rules.yml").toAbsolutePath().toString());
            assertThat(rules.getCell(2).getStringCellValue()).isEqualTo(sha256(Path.of("jobs/rules.yml")));
            List<String> inputs = new ArrayList<>();
            for (Row r : s) {
                if (r.getCell(0).getStringCellValue().startsWith("输入文件：")) {
                    Path f = Path.of(r.getCell(1).getStringCellValue());
                    assertThat(r.getCell(2).getStringCellValue()).isEqualTo(sha256(f));
                    inputs.add(r.getCell(0).getStringCellValue() + " " + f.getFileName());
                }
            }
            assertThat(inputs).contains("输入文件：花名册 staff.xlsx", "输入文件：打卡记录 punches-a.csv",
                    "输入文件：打卡记录 punches-b.xlsx", "输入文件：打卡记录 1_attlog.dat", "输入文件：请假/公出 leave.csv",
                    "输入文件：督办事项 tasks.csv", "输入文件：公文流转 documents.xlsx", "输入文件：信息报送台账 information.csv")
                    .hasSize(12);
            assertThat(row(s, "官方日历").getCell(2).getStringCellValue()).hasSize(64);
        }
    }

    @Test
    void everyDeductionAndBonusHasItsCauseAndSourceAndTheCapsAndVetoesAreShown() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            XSSFSheet s = wb.getSheet("扣分明细");
            assertThat(texts(s.getRow(2))).containsExactly("工号", "姓名", "科室", "项目", "日期", "扣分", "加分", "原因",
                    "来源文件", "工作表", "行号");
            // one sign convention: points taken off under 扣分 and points added under 加分, both positive
            List<Row> yangFan = rowsOf(s, "1006");
            assertThat(yangFan).hasSize(2);
            assertThat(shown(yangFan.get(0))).containsExactly("1006", "杨帆", "综合科", "督查扣分", "2026-10-13",
                    "2.00", "", yangFan.get(0).getCell(7).getStringCellValue(), "findings.xlsx", "第一轮督查", "2");
            assertThat(red(yangFan.get(0).getCell(5))).isTrue();
            assertThat(yangFan.get(1).getCell(5).getNumericCellValue()).isEqualTo(4.0);
            assertThat(yangFan.get(1).getCell(7).getStringCellValue()).contains("屡查屡犯");
            assertThat(shown(yangFan.get(1)).subList(8, 11)).containsExactly("findings.xlsx", "第二轮督查", "3");
            // 傅强: overtime 4.00 + 1.20, commendation 2.00, a city adoption 0.50, capped to a bonus of 5
            List<Row> fuQiang = rowsOf(s, "1035");
            assertThat(fuQiang).extracting(r -> r.getCell(3).getStringCellValue(), r -> shown(r).subList(5, 7))
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("加班加分", List.of("", "4.00")),
                            org.assertj.core.groups.Tuple.tuple("加班加分", List.of("", "1.20")),
                            org.assertj.core.groups.Tuple.tuple("表扬加分", List.of("", "2.00")),
                            org.assertj.core.groups.Tuple.tuple("信息加分", List.of("", "0.50")),
                            org.assertj.core.groups.Tuple.tuple("加分封顶", List.of("", "")));
            assertThat(line(s, "1035", "加分封顶").getCell(7).getStringCellValue())
                    .isEqualTo("加分合计 7.70 分，按上限只计 5.00 分，2.70 分不计（加班加分每月封顶，加班与表扬加分合计封顶）");
            for (XSSFSheet sheet : List.of(s, wb.getSheet("人员"))) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            assertThat(c.getNumericCellValue()).as(sheet.getSheetName()).isNotNegative();
                        }
                    }
                }
            }
            // 1038 彭秀英: a day with no punch, no source row
            assertThat(shown(rowsOf(s, "1038").get(0)).subList(3, 7)).containsExactly("考勤扣分", "2026-10-27", "10.00",
                    "");
            assertThat(rowsOf(s, "1038").get(0).getCell(8)).isNull();
            List<Row> liangYu = rowsOf(s, "1022");
            Row veto = liangYu.get(liangYu.size() - 1);
            assertThat(veto.getCell(3).getStringCellValue()).isEqualTo("一票否决");
            assertThat(veto.getCell(5)).isNull();
            assertThat(veto.getCell(6)).isNull();
            assertThat(shown(veto).subList(8, 11)).containsExactly("errors.csv", "", "8");
        }
    }

    @Test
    void delayAndBacklogDeductionsNameTheirTaskOrDocumentAndSourceRow() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            XSSFSheet s = wb.getSheet("扣分明细");
            List<List<String>> lines = new ArrayList<>();
            for (Row r : s) {
                String item = r.getCell(3) == null ? "" : r.getCell(3).getStringCellValue();
                if (item.equals("延误扣分") || item.equals("积压扣分")) {
                    List<String> cells = shown(r);
                    lines.add(List.of(cells.get(0), cells.get(2), cells.get(3), cells.get(4), cells.get(5),
                            cells.get(8), cells.get(9), cells.get(10)));
                }
            }
            // input/README.md §4.9–4.10, in results order; tasks.csv row 21 and 收文登记 row 12 were rejected
            assertThat(lines).containsExactly(
                    List.of("1004", "综合科", "延误扣分", "2026-10-09", "2.00", "tasks.csv", "", "3"),
                    List.of("1012", "秘书科", "延误扣分", "2026-10-16", "2.00", "tasks.csv", "", "6"),
                    List.of("1018", "文电科", "积压扣分", "2026-10-31", "1.00", "documents.xlsx", "收文登记", "2"),
                    List.of("1019", "文电科", "积压扣分", "2026-10-14", "1.00", "documents.xlsx", "收文登记", "4"),
                    List.of("1020", "文电科", "延误扣分", "2026-10-20", "5.00", "tasks.csv", "", "9"),
                    List.of("1024", "文电科", "积压扣分", "2026-10-12", "1.00", "documents.xlsx", "收文登记", "7"),
                    List.of("1025", "文电科", "积压扣分", "2026-10-31", "1.00", "documents.xlsx", "收文登记", "9"),
                    List.of("1033", "信息科", "延误扣分", "2026-10-31", "3.00", "tasks.csv", "", "8"));
            List<Row> luoHao = rowsOf(s, "1020");
            assertThat(shown(line(s, "1020", "延误扣分"))).containsExactly("1020", "罗浩", "文电科", "延误扣分", "2026-10-20", "5.00",
                    "", LUO_HAO_DELAY, "tasks.csv", "", "9");
            double sum = luoHao.stream().mapToDouble(r -> r.getCell(5).getNumericCellValue()).sum();
            assertThat(100 - sum).isEqualTo(90.0);   // 旷工半天 5, 延误 5
            assertThat(shown(line(s, "1024", "积压扣分"))).containsExactly("1024", "宋建华", "文电科", "积压扣分",
                    "2026-10-12", "1.00", "", SONG_JIANHUA_BACKLOG, "documents.xlsx", "收文登记", "7");
            // the holiday and September's overdue day are not charged in October
            assertThat(line(s, "1004", "延误扣分").getCell(7).getStringCellValue())
                    .contains("本月逾期 2 个工作日（2026-10-08 至 2026-10-09）");
            assertThat(line(s, "1033", "延误扣分").getCell(7).getStringCellValue())
                    .isEqualTo("督办事项 DB-2026-049「政务信息报送系统升级」时限 2026-10-27，到 2026-10-31 仍未办结，"
                            + "本月逾期 3 个工作日（2026-10-28 至 2026-10-30），每个工作日 1 分，计 3 分");
            assertThat(rowsOf(s, "1018")).extracting(r -> r.getCell(3).getStringCellValue())
                    .containsExactly("督查扣分", "积压扣分", "加班加分");
            assertThat(line(s, "1018", "积压扣分").getCell(7).getStringCellValue()).isEqualTo(LIN_ZHIYUAN_BACKLOG);
        }
    }

    @Test
    void overtimeVerificationAndTheRowsNotAppliedGiveTheirReasons() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            XSSFSheet o = wb.getSheet("加班核实");
            assertThat(o.getLastRowNum()).isEqualTo(2 + 17 + 2);   // title, blank, header; 17 claims; blank, sign-off
            Row zhuYumei = rowsOf(o, "1014").get(0);
            assertThat(shown(zhuYumei)).containsExactly("1014", "朱玉梅", "秘书科", "2026-10-06", "09:00", "12:00",
                    "已批准", "节假日", "3.0", "09:20:07", "11:40:25", "0.0", "2.0", "1.00",
                    "加班 2026-10-06 09:00–12:00：申请 3.0 小时，打卡 09:20:07–11:40:25，扣除工作时间 0.0 小时，核实 2.0 小时（节假日），加 1.00 分",
                    "overtime.xlsx", "加班申请", "3");
            // dates and times are real cells, as in the five don't-lets workbook
            assertThat(zhuYumei.getCell(3).getLocalDateTimeCellValue()).isEqualTo("2026-10-06T00:00");
            assertThat(zhuYumei.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            Row maJunLate = rowsOf(wb.getSheet("扣分明细"), "1013").get(0);
            assertThat(maJunLate.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-10-09");
            assertThat(rowsOf(o, "1028").get(0).getCell(14).getStringCellValue()).contains("已驳回");

            XSSFSheet n = wb.getSheet("未采用");
            assertThat(texts(n.getRow(2))).containsExactly("类别", "工号", "姓名", "内容", "来源文件", "工作表", "行号",
                    "列", "值", "原因");
            assertThat(n.getLastRowNum()).isEqualTo(2 + 9 + 2 + 3 + 2 + 2);
            assertThat(shown(n.getRow(4))).containsExactly("被拒绝的行", "", "", "", "leave.csv", "", "48", "工号",
                    "1O23", "未知工号 1O23，是否为 谢婷婷（1023）？");
            List<Row> lvGuoqing = rowsOf(n, "1039");
            assertThat(shown(lvGuoqing.get(0))).containsExactly("未采用的补卡", "1039", "吕国庆", "补卡 2026-10-23 08:00",
                    "leave.csv", "", "59", "", "", "补卡未批准（待审批）");
            assertThat(shown(rowsOf(n, "1030").get(0))).containsExactly("未批准的请假", "1030", "程敏",
                    "事假 2026-10-26 08:00 至 2026-10-26 10:00", "leave.csv", "", "45", "", "", "请假未批准（待审批），不予采用");
            assertThat(shown(rowsOf(n, "1006").get(0)).get(9)).isEqualTo("加班未批准（待审批），不计加分");
        }
    }

    @Test
    void theSectionRankingNamesTheModelSectionAndWhyTheOthersAreBarred() throws Exception {
        try (XSSFWorkbook wb = open(zh.resolve("performance-2026-10.xlsx"))) {
            XSSFSheet s = wb.getSheet("科室排名");
            // input/README.md §5.3; 秘书科's violations: 1013's 差错, 1012's 延误 and the weeks 1012 and 1016 missed
            assertThat(shown(s.getRow(3))).containsExactly("1", "秘书科", "8", "98.38", "0.00", "0.00", "98.38", "4",
                    "是", "");
            assertThat(s.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(98.38);   // 98.375 rounded half up
            assertThat(shown(s.getRow(4)).subList(0, 2)).containsExactly("2", "综合科");
            assertThat(shown(s.getRow(5)).subList(0, 2)).containsExactly("3", "信息科");
            assertThat(shown(s.getRow(6)).subList(0, 7)).containsExactly("4", "行政科", "8", "95.84", "0.00", "0.00",
                    "95.84");
            Row wendian = s.getRow(7);
            assertThat(shown(wendian).subList(0, 9)).containsExactly("5", "文电科", "8", "96.11", "5.00", "0.00",
                    "91.11", String.valueOf(WENDIAN_VIOLATIONS.size()), "否");
            // its section finding (文件积压, 较重) deducts but does not veto
            assertThat(wendian.getCell(9).getStringCellValue()).isEqualTo("成员 1022 梁宇 被一票否决，不能评文明科室");
            assertThat(s.getRow(6).getCell(9).getStringCellValue()).isEqualTo("成员 1037 曾凡 被一票否决，不能评文明科室");
        }
    }

    @Test
    void eachSectionWorkbookIsEncryptedAndHoldsOnlyItsPeopleTheirDeductionsAndViolations() throws Exception {
        try (Stream<Path> files = Files.list(zh.resolve("sections"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("综合科-2026-10.xlsx",
                    "秘书科-2026-10.xlsx", "文电科-2026-10.xlsx", "信息科-2026-10.xlsx", "行政科-2026-10.xlsx");
        }
        Path wendian = zh.resolve("sections").resolve("文电科-2026-10.xlsx");
        assertThat(decrypted(wendian, "zh-1")).isNull();
        try (XSSFWorkbook wb = decrypted(wendian, "wd-3")) {
            assertThat(sheetNames(wb)).containsExactly("概况", "人员", "考勤表", "扣分明细", "违规");
            XSSFSheet overview = wb.getSheet("概况");
            assertThat(shown(overview.getRow(0))).containsExactly("本单位2026年10月科室考核概况表");
            assertThat(shown(overview.getRow(1))).containsExactly("科室：文电科");
            assertThat(value(overview, "排名")).isEqualTo("5");
            assertThat(value(overview, "科室得分")).isEqualTo("91.11");
            assertThat(value(overview, "违规数")).isEqualTo(String.valueOf(WENDIAN_VIOLATIONS.size()));
            assertThat(value(overview, "文明科室")).isEqualTo("否");
            assertThat(value(overview, "本月文明科室")).isEqualTo("秘书科");
            assertThat(value(overview, "本科室绩效工资合计")).isEqualTo("25723.86");   // Σ of §5.4's 文电科 pay
            XSSFSheet people = wb.getSheet("人员");
            assertThat(shown(people.getRow(0))).containsExactly("本单位2026年10月绩效考核结果表");
            assertThat(shown(people.getRow(1))).containsExactly("科室：文电科");
            assertThat(people.getLastRowNum()).isEqualTo(15);
            for (int r = 4; r <= 12; r++) {
                assertThat(people.getRow(r).getCell(2).getStringCellValue()).isEqualTo("文电科");
            }
            assertThat(people.getRow(4).getCell(17).getNumericCellValue()).isEqualTo(3791.13);   // 1021 郑雅琴
            assertThat(shown(people.getRow(13)).subList(0, 2)).containsExactly("合计", "9 人");
            assertThat(people.getRow(13).getCell(17).getNumericCellValue()).isEqualTo(25723.86);
            assertThat(rowsOf(wb.getSheet("扣分明细"), "1022")).hasSize(3);
            XSSFSheet violations = wb.getSheet("违规");
            assertThat(shown(violations.getRow(0))).containsExactly("本单位2026年10月科室违反“五个不让”情况表");
            assertThat(shown(violations.getRow(1))).containsExactly("科室：文电科");
            assertThat(texts(violations.getRow(3))).containsExactly("五个不让", "工号", "姓名", "日期", "事项", "扣分",
                    "来源文件", "工作表", "行号");
            assertThat(violations.getRow(violations.getLastRowNum()).getCell(0).getStringCellValue()).startsWith("制表：");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 4; r <= violations.getLastRowNum() - 2; r++) {
                rows.add(shown(violations.getRow(r)));
            }
            // each person's in results order (errors, findings and duty, then tasks, then documents), then the section's
            assertThat(rows).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(5))
                    .containsExactlyElementsOf(WENDIAN_VIOLATIONS);
            assertThat(rows.get(9).subList(6, 9)).containsExactly("findings.xlsx", "第二轮督查", "5");
            assertThat(rows.get(3)).containsExactly("延误", "1020", "罗浩", "2026-10-20", LUO_HAO_OVERDUE, "5.00",
                    "tasks.csv", "", "9");
            assertThat(rows.get(6)).containsExactly("积压", "1024", "宋建华", "2026-10-12", SONG_JIANHUA_LATE, "1.00",
                    "documents.xlsx", "收文登记", "7");
            assertThat(rows.get(0).subList(3, 9)).containsExactly("2026-10-31", LIN_ZHIYUAN_LATE, "1.00",
                    "documents.xlsx", "收文登记", "2");
            assertThat(rowsOf(wb.getSheet("扣分明细"), "1020")).extracting(r -> shown(r).get(3))
                    .containsExactly("考勤扣分", "延误扣分");
        }
    }

    @Test
    void withLangEnTheWorkbooksHaveEnglishSheetsAndHeadersAndInputTextNeverBecomesAFormula() throws Exception {
        try (XSSFWorkbook wb = open(en.resolve("performance-2026-10.xlsx"))) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Section ranking", "People", "Attendance grid",
                    "Deductions and bonuses", "Overtime verification", "Not applied");
            assertThat(shown(wb.getSheet("People").getRow(0)))
                    .containsExactly("本单位 performance results for October 2026");
            Row header = wb.getSheet("People").getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Employee ID");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Deductions");
            assertThat(header.getCell(16).getStringCellValue()).isEqualTo("Pay points");
            assertThat(header.getCell(17).getStringCellValue()).isEqualTo("Performance pay");
            Row fuQiang = wb.getSheet("People").getRow(28);
            assertThat(fuQiang.getCell(14).getStringCellValue()).isEqualTo("excellent");
            assertThat(fuQiang.getCell(17).getNumericCellValue()).isEqualTo(4753.06);
            assertThat(wb.getSheet("People").getRow(47).getCell(0).getStringCellValue()).startsWith("Prepared by:");
            XSSFSheet notApplied = wb.getSheet("Not applied");
            Row hostile = notApplied.getRow(12);   // after the demo month's 9 rejected rows
            assertThat(hostile.getCell(4).getStringCellValue()).isEqualTo("punches-c.csv");
            Cell value = hostile.getCell(8);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"点我\")");
            assertThat(value(wb.getSheet("Summary"), "Rejected rows")).isEqualTo("10");
        }
        try (Stream<Path> files = Files.list(en.resolve("sections"))) {
            for (Path f : files.toList()) {
                try (XSSFWorkbook wb = open(f)) {   // not encrypted without --protect
                    assertThat(sheetNames(wb)).containsExactly("Overview", "People", "Attendance grid",
                            "Deductions and bonuses", "Violations");
                }
            }
        }
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    /** The decrypted workbook, or null when the password is wrong. */
    private static XSSFWorkbook decrypted(Path file, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            Decryptor d = Decryptor.getInstance(info);
            if (!d.verifyPassword(password)) {
                return null;
            }
            try (InputStream in = d.getDataStream(fs)) {
                return new XSSFWorkbook(in);
            }
        }
    }

    private static Row row(XSSFSheet s, String item) {
        for (Row r : s) {
            if (r.getCell(0).getStringCellValue().equals(item)) {
                return r;
            }
        }
        throw new AssertionError("no row " + item + " in " + s.getSheetName());
    }

    private static String value(XSSFSheet s, String item) {
        return SHOWN.formatCellValue(row(s, item).getCell(1));
    }

    private static List<Row> rowsOf(XSSFSheet s, String id) {
        List<Row> rows = new ArrayList<>();
        for (Row r : s) {
            Cell c = r.getCell(0).getStringCellValue().equals(id) ? r.getCell(0) : r.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(id)) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The person's only line of the item in a 扣分明细 sheet. */
    private static Row line(XSSFSheet s, String id, String item) {
        List<Row> rows = rowsOf(s, id).stream().filter(r -> r.getCell(3).getStringCellValue().equals(item)).toList();
        assertThat(rows).as(id + " " + item).hasSize(1);
        return rows.get(0);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
