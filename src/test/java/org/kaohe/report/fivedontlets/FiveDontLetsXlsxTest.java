package org.kaohe.report.fivedontlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.discipline.DontLet;
import org.kaohe.report.MonthCounts;

/**
 * The five don't-lets workbook for the demo month, read back: counts worked out by hand from input/README.md §4.5–4.10
 * (errors 9; findings: 1006 ×2, 1003 ×2 其他 and 1008 脱岗 = 综合科 形象 5, 1034 办事拖拉 = 延误; the 文电科 section
 * finding = 积压; the duty roster's 1025 唐欣 = 形象; tasks.csv: 1012, 1020, 1033, 1004 = 延误 4; documents.xlsx:
 * 1019, 1024, 1025, 1018 = 文电科 积压 4; 30 in all by 22 people), every violation with its source, charts, and the
 * trend from earlier months.
 */
class FiveDontLetsXlsxTest {

    private static final String DELAY = "不让领导安排的工作在办公室延误";
    private static final String BACKLOG = "不让办理的文件在办公室积压";
    private static final String ERROR = "不让各种差错在办公室发生";
    private static final String IMAGE = "不让机关的形象在办公室受损坏";

    @TempDir
    Path dir;

    private XSSFWorkbook write(String lang, List<MonthCounts> earlier) throws Exception {
        Path file = dir.resolve("five-dont-lets-2026-10.xlsx");
        FiveDontLetsXlsx.write(file, FiveDontLetsMonth.of(DemoMonth.evaluation(), earlier), Messages.forLang(lang));
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void countsEveryDontLetPerSectionAsTheDemoNarrativeWorksOut() throws Exception {
        try (XSSFWorkbook wb = write("zh", List.of())) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "违规明细", "重复违规", "考勤纪律", "科室排名", "趋势");
            Sheet s = wb.getSheet("汇总");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("本单位2026年10月“五个不让”执行情况汇总表");
            assertThat(s.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("本月共发现违反“五个不让”问题 32 起，涉及 23 人；其中针对整个科室的 1 起。");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("本月文明科室：秘书科（科室得分 98.38）");
            assertThat(values(s.getRow(4))).containsExactly("科室", "不让领导安排的工作在办公室延误",
                    "不让办理的文件在办公室积压", "不让各种差错在办公室发生", "不让来办事的同志在办公室受冷落",
                    "不让机关的形象在办公室受损坏", "合计");
            // sections in Chinese (pinyin) order; columns 延误, 积压, 差错, 冷落, 形象, 合计
            // 秘书科's 延误: 1012's task and the information weeks missed by 1012 and 1016 (input/README.md §4.11)
            assertThat(values(s.getRow(5))).containsExactly("秘书科", "3", "0", "1", "0", "0", "4");
            assertThat(values(s.getRow(6))).containsExactly("文电科", "1", "5", "2", "1", "1", "10");
            assertThat(values(s.getRow(7))).containsExactly("信息科", "2", "0", "2", "0", "1", "5");
            assertThat(values(s.getRow(8))).containsExactly("行政科", "0", "0", "2", "1", "2", "5");
            assertThat(values(s.getRow(9))).containsExactly("综合科", "1", "0", "2", "0", "5", "8");
            assertThat(values(s.getRow(10))).containsExactly("合计", "7", "5", "9", "2", "9", "32");
            assertThat(s.getRow(5).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void listsEveryViolationWithPersonPointsAndSource() throws Exception {
        try (XSSFWorkbook wb = write("zh", List.of())) {
            Sheet s = wb.getSheet("违规明细");
            assertThat(values(s.getRow(2))).containsExactly("五个不让", "工号", "姓名", "科室", "日期", "扣分", "事由",
                    "来源文件", "工作表", "行号");
            assertThat(s.getLastRowNum()).isEqualTo(36);   // title, blank, header, 32 rows, blank, sign-off
            // by don't-let, then section (pinyin), date, 工号: 延误 秘书科 1012's missed week (its Thursday 10-15),
            // 1012's task (10-16) and 1016's missed week (10-22), 文电科 1020 (10-20), 信息科 1034 (10-15) and 1033
            // (open: 10-31), 综合科 1004 (10-09); then 积压, all 文电科: 1024 (10-12), 1019 (10-14), the whole
            // section (10-28), 1018 and 1025 (open: 10-31)
            assertThat(column(s, 1).subList(2, 14)).containsExactly("1012", "1012", "1016", "1020", "1034", "1033",
                    "1004", "1024", "1019", "", "1018", "1025");
            assertThat(column(s, 0).subList(2, 15)).containsExactly(DELAY, DELAY, DELAY, DELAY, DELAY, DELAY, DELAY,
                    BACKLOG, BACKLOG, BACKLOG, BACKLOG, BACKLOG, ERROR);
            // the week's duty comes from the roster row that says 信息报送 是
            assertThat(rowOf(s, DELAY, "1016")).containsExactly(DELAY, "1016", "郭晓燕", "秘书科", "2026-10-22", "1.00",
                    "信息缺报：2026-10-19 至 2026-10-25 这一周未报送信息（本周有 5 个在岗且未全天请假的工作日，最早 2026-10-19）",
                    "staff.xlsx", "花名册", "17");
            assertThat(rowOf(s, DELAY, "1034")).containsExactly(DELAY, "1034", "许晓晴", "信息科", "2026-10-15", "3.00",
                    "督查发现（延误）：办事拖拉：门户网站领导活动报道拖延三天才更新", "findings.xlsx", "第一轮督查", "6");
            assertThat(values(s.getRow(12))).containsExactly(BACKLOG, "", "整个科室", "文电科", "2026-10-28", "5.00",
                    "督查发现（积压）：文件积压：收文登记簿显示6件来文超过时限未分办", "findings.xlsx", "第二轮督查", "5");
            // tasks.csv row 9: due 10-12, done 10-20 → 13–16, 19, 20 = 6 working days, capped at 5
            assertThat(rowOf(s, DELAY, "1020")).containsExactly(DELAY, "1020", "罗浩", "文电科", "2026-10-20", "5.00",
                    "督办事项 DB-2026-050「市人大代表建议办理答复」时限 2026-10-12，2026-10-20 办结，"
                            + "本月逾期 6 个工作日（2026-10-13 至 2026-10-20）",
                    "tasks.csv", "", "9");
            // documents.xlsx row 7: 加急 received Friday 10-09 15:00, due the next working day (Saturday 10-10, a
            // working day in lieu) at 17:30, done 10-12 10:00
            assertThat(rowOf(s, BACKLOG, "1024")).containsExactly(BACKLOG, "1024", "宋建华", "文电科", "2026-10-12",
                    "1.00", "公文 市委组织部〔2026〕41号（加急）2026-10-09 15:00 收文，时限：1 个工作日（2026-10-10 17:30 前），"
                            + "2026-10-12 10:00 才办结", "documents.xlsx", "收文登记", "7");
            List<String> lateError = rowOf(s, ERROR, "1028");
            assertThat(lateError.subList(0, 6)).containsExactly(ERROR, "1028", "于晓雯", "信息科", "2026-10-09", "4.00");
            assertThat(lateError.subList(7, 10)).containsExactly("errors.csv", "", "3");
            List<String> duty = rowOf(s, IMAGE, "1025");
            assertThat(duty.subList(5, 10)).containsExactly("5.00", "值班脱岗：2026-10-25 09:00–17:00 值班开始前后无打卡",
                    "duty.csv", "", "38");
            assertThat(s.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(3).getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 10, 15));
            assertThat(s.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(((XSSFSheet) s).getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void everySheetIsAFormWithTitleBordersBoldTotalsProblemsInRedAndASignOff() throws Exception {
        try (XSSFWorkbook wb = write("zh", List.of())) {
            assertThat(sheetNames(wb).stream().map(n -> wb.getSheet(n).getRow(0).getCell(0).getStringCellValue()))
                    .containsExactly("本单位2026年10月“五个不让”执行情况汇总表", "本单位2026年10月违反“五个不让”问题明细表",
                            "本单位2026年10月重复违规人员表", "本单位2026年10月考勤纪律情况表", "本单位2026年10月科室排名表",
                            "本单位截至2026年10月各月违反“五个不让”情况表");
            for (Sheet s : wb) {
                Row last = s.getRow(s.getLastRowNum());
                assertThat(last.getCell(0).getStringCellValue()).as(s.getSheetName()).startsWith("制表：")
                        .contains("审核：", "日期：");
            }
            // the summary's 合计 row is bold and bordered; its chart lies between the table and the sign-off
            XSSFSheet summary = wb.getSheet("汇总");
            Cell total = summary.getRow(10).getCell(6);
            assertThat(total.getNumericCellValue()).isEqualTo(32);
            assertThat(wb.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(total.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(wb.getFontAt(summary.getRow(9).getCell(6).getCellStyle().getFontIndex()).getBold()).isFalse();
            var anchor = (XSSFClientAnchor) summary.getDrawingPatriarch().getShapes().get(0).getAnchor();
            assertThat(anchor.getRow1()).isEqualTo(12);
            assertThat(anchor.getRow2()).isLessThan(summary.getLastRowNum());
            // deductions, a repeated finding, attendance problems and a vetoed member in red; what is fine is not
            Sheet v = wb.getSheet("违规明细");
            assertThat(red(wb, v.getRow(3).getCell(5))).isTrue();
            assertThat(red(wb, v.getRow(3).getCell(1))).isFalse();
            Sheet o = wb.getSheet("重复违规");
            assertThat(red(wb, o.getRow(5).getCell(6))).as("1006 屡查屡犯 是").isTrue();
            assertThat(red(wb, o.getRow(3).getCell(6))).as("1008 否").isFalse();
            Sheet a = wb.getSheet("考勤纪律");
            assertThat(red(wb, a.getRow(3).getCell(1))).as("秘书科 迟到 3").isTrue();
            assertThat(red(wb, a.getRow(3).getCell(2))).as("秘书科 早退 0").isFalse();
            assertThat(wb.getFontAt(a.getRow(8).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Sheet r = wb.getSheet("科室排名");
            assertThat(red(wb, r.getRow(7).getCell(7))).as("文电科 1022 梁宇").isTrue();
            assertThat(red(wb, r.getRow(7).getCell(4))).as("文电科 科室督查扣分 5").isTrue();
            assertThat(red(wb, r.getRow(3).getCell(4))).as("秘书科 0").isFalse();
            // 事由 wraps within its column rather than running under the next
            assertThat(v.getRow(3).getCell(6).getCellStyle().getWrapText()).isTrue();
        }
    }

    private static boolean red(XSSFWorkbook wb, Cell cell) {
        XSSFColor colour = wb.getFontAt(cell.getCellStyle().getFontIndex()).getXSSFColor();
        return colour != null && "FFC00000".equals(colour.getARGBHex());
    }

    @Test
    void repeatOffendersAttendanceAndRanking() throws Exception {
        try (XSSFWorkbook wb = write("zh", List.of())) {
            Sheet o = wb.getSheet("重复违规");
            assertThat(values(o.getRow(2))).containsExactly("工号", "姓名", "科室", "违规次数", "涉及的“五个不让”",
                    "扣分合计", "屡查屡犯");
            // two violations each; most points first, then 工号: 1008 差错 2 + 脱岗 5, 1039 差错 2 + 值班脱岗 5,
            // 1006 2 + 4 (×2), 1025 值班脱岗 5 + 积压 1, 1003 2 + 2, 1004 差错 2 + 延误 2, 1012 延误 2 + 信息缺报 1,
            // 1019 态度生硬 2 + 积压 1
            assertThat(values(o.getRow(3))).containsExactly("1008", "黄丽娟", "综合科", "2", "差错、形象", "7.00", "否");
            assertThat(values(o.getRow(4))).containsExactly("1039", "吕国庆", "行政科", "2", "差错、形象", "7.00", "否");
            assertThat(values(o.getRow(5))).containsExactly("1006", "杨帆", "综合科", "2", "形象", "6.00", "是");
            assertThat(values(o.getRow(6))).containsExactly("1025", "唐欣", "文电科", "2", "积压、形象", "6.00", "否");
            assertThat(values(o.getRow(7))).containsExactly("1003", "张伟", "综合科", "2", "形象", "4.00", "否");
            assertThat(values(o.getRow(8))).containsExactly("1004", "刘洋", "综合科", "2", "延误、差错", "4.00", "否");
            assertThat(values(o.getRow(9))).containsExactly("1012", "孙立新", "秘书科", "2", "延误", "3.00", "否");
            assertThat(values(o.getRow(10))).containsExactly("1019", "高雪梅", "文电科", "2", "积压、冷落", "3.00", "否");
            assertThat(o.getRow(11)).isNull();

            Sheet a = wb.getSheet("考勤纪律");
            assertThat(values(a.getRow(2))).containsExactly("科室", "迟到（次）", "早退（次）", "缺卡（次）", "旷工（天）",
                    "涉及人数");
            assertThat(values(a.getRow(3))).containsExactly("秘书科", "3", "0", "1", "0.50", "3");
            assertThat(values(a.getRow(4))).containsExactly("文电科", "0", "1", "1", "0.50", "3");
            assertThat(values(a.getRow(5))).containsExactly("信息科", "1", "0", "1", "0.50", "3");
            assertThat(values(a.getRow(6))).containsExactly("行政科", "0", "1", "2", "2.00", "4");
            assertThat(values(a.getRow(7))).containsExactly("综合科", "1", "0", "1", "0.00", "2");
            assertThat(values(a.getRow(8))).containsExactly("合计", "5", "2", "6", "3.50", "15");

            Sheet r = wb.getSheet("科室排名");
            // README §5.3: 秘书科 98.375, 综合科 97.82, 信息科 96.86, 行政科 95.84, 文电科 96.11 − 5
            assertThat(values(r.getRow(3))).containsExactly("1", "秘书科", "8", "98.38", "0.00", "98.38", "4", "",
                    "文明科室");
            assertThat(column(r, 1).subList(2, 7)).containsExactly("秘书科", "综合科", "信息科", "行政科", "文电科");
            assertThat(values(r.getRow(7))).containsExactly("5", "文电科", "8", "96.11", "5.00", "91.11", "10",
                    "1022 梁宇", "");
        }
    }

    @Test
    void chartsABarSeriesPerDontLetBySectionAndByMonth() throws Exception {
        try (XSSFWorkbook wb = write("zh", List.of(counts(2026, 8, Map.of(DontLet.ERROR, 3)),
                counts(2026, 9, Map.of(DontLet.IMAGE, 2, DontLet.DELAY, 1)),
                counts(2026, 10, Map.of(DontLet.ERROR, 99)), counts(2026, 11, Map.of(DontLet.ERROR, 99))))) {
            List<XSSFChart> bySection = wb.getSheet("汇总").getDrawingPatriarch().getCharts();
            assertThat(bySection).hasSize(1);
            var data = bySection.get(0).getChartSeries();
            assertThat(data).hasSize(1);
            assertThat(data.get(0).getSeriesCount()).isEqualTo(5);
            assertThat(data.get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(5);
            assertThat(data.get(0).getSeries(2).getValuesData().getDataRangeReference()).isEqualTo("汇总!$D$6:$D$10");
            assertThat(data.get(0).getSeries(4).getValuesData().getPointAt(4)).isEqualTo(5.0);

            // the same month and later months are left out: a rerun replaces its month, the future is not history
            Sheet t = wb.getSheet("趋势");
            assertThat(values(t.getRow(3))).containsExactly("2026年8月", "0", "0", "3", "0", "0", "3");
            assertThat(values(t.getRow(4))).containsExactly("2026年9月", "1", "0", "0", "0", "2", "3");
            assertThat(values(t.getRow(5))).containsExactly("2026年10月", "7", "5", "9", "2", "9", "32");
            List<XSSFChart> trend = ((XSSFSheet) t).getDrawingPatriarch().getCharts();
            assertThat(trend).hasSize(1);
            assertThat(trend.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(5);
            assertThat(trend.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(3);
        }
    }

    @Test
    void englishHeadersAndSheetNames() throws Exception {
        try (XSSFWorkbook wb = write("en", List.of())) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Violations", "Repeat offenders", "Attendance",
                    "Section ranking", "Trend");
            assertThat(values(wb.getSheet("Summary").getRow(4))).containsExactly("Section",
                    "Assigned work is not delayed", "Documents do not pile up", "No errors happen",
                    "No visitor is left unattended", "The office's image is not damaged", "Total");
            assertThat(values(wb.getSheet("Violations").getRow(12)).subList(0, 4))
                    .containsExactly("Documents do not pile up", "", "Whole section", "文电科");
            assertThat(values(wb.getSheet("Trend").getRow(3)).get(0)).isEqualTo("October 2026");
        }
    }

    @Test
    void inputTextIsAStringCellNeverAFormula() throws Exception {
        Path file = dir.resolve("hostile.xlsx");
        FiveDontLetsXlsx.write(file, HostileMonth.of(), Messages.forLang("zh"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Cell section = wb.getSheet("违规明细").getRow(3).getCell(3);
            assertThat(section.getCellType()).isEqualTo(CellType.STRING);
            assertThat(section.getStringCellValue()).isEqualTo(HostileMonth.SECTION);
            assertThat(wb.getSheet("汇总").getRow(5).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(values(wb.getSheet("违规明细").getRow(3)).subList(2, 9)).containsExactly(HostileMonth.NAME,
                    HostileMonth.SECTION, "2026-10-09", "2.00", "督查发现（形象）：" + HostileMonth.DESCRIPTION,
                    "findings.xlsx", "<img src=x>");
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void aQuietMonthStillHasEveryTableAndChart() throws Exception {
        Path file = dir.resolve("quiet.xlsx");
        FiveDontLetsXlsx.write(file, HostileMonth.quiet(), Messages.forLang("zh"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(sheetNames(wb)).hasSize(6);
            assertThat(values(wb.getSheet("汇总").getRow(6))).containsExactly("合计", "0", "0", "0", "0", "0", "0");
            assertThat(wb.getSheet("违规明细").getLastRowNum()).isEqualTo(4);   // title, blank, header, blank, sign-off
            assertThat(wb.getSheet("汇总").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    static MonthCounts counts(int year, int month, Map<DontLet, Integer> totals) {
        Map<DontLet, Map<String, Integer>> by = new EnumMap<>(DontLet.class);
        totals.forEach((d, n) -> by.put(d, Map.of("综合科", n)));
        return new MonthCounts(YearMonth.of(year, month), by);
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The person's one violation of the don't-let, by its full name, in the violations sheet. */
    private static List<String> rowOf(Sheet s, String dontLet, String id) {
        List<List<String>> found = new ArrayList<>();
        for (Row r : s) {
            List<String> v = values(r);
            if (v.size() > 1 && v.get(0).equals(dontLet) && v.get(1).equals(id)) {
                found.add(v);
            }
        }
        assertThat(found).as("%s rows of %s", dontLet, id).hasSize(1);
        return found.get(0);
    }

    private static List<String> column(Sheet s, int col) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            List<String> v = values(r);
            out.add(col < v.size() ? v.get(col) : "");
        }
        return out;
    }

    /** Cell values as shown: integers plainly, other numbers with two decimals, dates as ISO dates. */
    static List<String> values(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            if (c == null) {
                out.add("");
            } else if (c.getCellType() == CellType.STRING) {
                out.add(c.getStringCellValue());
            } else if (c.getCellType() == CellType.BLANK) {
                out.add("");
            } else if (c.getCellStyle().getDataFormatString().startsWith("yyyy")) {
                out.add(c.getLocalDateTimeCellValue().toLocalDate().toString());
            } else if (c.getCellStyle().getDataFormatString().equals("0.00")) {
                out.add(String.format("%.2f", c.getNumericCellValue()));
            } else {
                out.add(String.valueOf((long) c.getNumericCellValue()));
            }
        }
        return out;
    }
}
