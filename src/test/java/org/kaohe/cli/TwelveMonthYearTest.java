package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;

/**
 * A year end to end: an office of 30 免打卡 people run month by month through 2026, then {@code kaohe year}; every
 * cell of the year's results is worked out here by hand from the rules, not read back from the code.
 * <ul>
 * <li>Nothing against anyone scores 100. The monthly 好 quota is 40 % of a section's graded people, ties by 工号:
 * 综合科 and 秘书科 (10 each) S01–S04 and S11–S14, 信息科 (9) S21–S23, 机要室 (S30 alone) S30.</li>
 * <li>S02: 工作日饮酒 (严重, −10, 一票否决) in March → 90, 较差; S05 takes March's 好. Year: (11 × 100 + 90) / 12 =
 * 99.1666… → 较差 once → 基本称职, and a vetoed year's 考核奖 is 0.</li>
 * <li>S12: a finding of 分值 45 in March, June and September → 55, 较差 three times (S15 takes those 好): (9 × 100 +
 * 3 × 55) / 12 = 88.75 → 不称职.</li>
 * <li>S21 has the 信息报送 duty and the office keeps no ledger: no week owed, no adoption, so 2 + 5 pieces short of
 * the year's targets: 100 − 7 = 93.00.</li>
 * <li>S22: 值班脱岗 in June and September (−5 each month) → 95, not 好 then (S24 takes both): (10 × 100 + 2 × 95) / 12
 * = 99.1666…, − 2 × 5 charged again in the year = 89.1666… → below 90, 称职.</li>
 * <li>S30 starts on 2026-08-01: 不参评 January–July, 5 graded months → 不定等次.</li>
 * <li>优秀 quota: 29 people with a year grade × 20 % = 5.8 → 5. Candidates at 100.00 with 12 好 and no deduction
 * are S01, S03, S04, S11, S13, S14, S23 (by 工号), then S21 at 93.00: S01–S13 are 优秀 (嘉奖, 1.5 × 绩效基数), S14,
 * S23 and S21 fall below the quota to 称职 (1.0). S01's 绩效基数 is 3000.00, everyone else's 2000.00: 考核奖
 * 4500 + 4 × 3000 for 优秀, 22 × 2000 for 称职 = 60500.00.</li>
 * </ul>
 */
class TwelveMonthYearTest {

    private static final String HEADER = "工号,姓名,科室,参评月数,好,较好,一般,较差,一票否决月数,月均得分,值班脱岗次数,"
            + "信息省录用,信息市录用,信息扣分,年度得分,年度等次,奖励,考核奖";

    @TempDir
    static Path dir;

    private static Captured year;

    /** The twelve months and the year, once for every test of the year's outputs. */
    @BeforeAll
    static void runTheYear() throws IOException {
        for (int m = 1; m <= 12; m++) {
            runMonth(m);
        }
        year = Captured.run("year", "--year", "2026", "--output", yearFolder().toString());
    }

    static Path yearFolder() {
        return dir.resolve("output").resolve("2026");
    }

    @Test
    void twelveRunMonthsMakeTheYearWorkedOutByHand() throws IOException {
        assertThat(year.exitCode()).as(String.join("\n", year.err())).isEqualTo(0);
        assertThat(year.out()).contains("使用的月份：2026-01, 2026-02, 2026-03, 2026-04, 2026-05, 2026-06, 2026-07, "
                        + "2026-08, 2026-09, 2026-10, 2026-11, 2026-12（共 12 个月，每个月取最后一次完成的运行）",
                "人员：30 人，有年度等次 29 人，不定等次 1 人，一票否决 1 人",
                "年度等次：优秀 5 人，称职 22 人，基本称职 1 人，不称职 1 人，不定等次 1 人",
                "优秀名额：5（参与排名的优秀人选 8 人，超出名额转为称职 3 人）",
                "奖励：嘉奖 5 人，记三等功 0 人；考核奖合计 60500.00 元")
                .noneMatch(l -> l.startsWith("本次为预览"));
        List<String> expected = new ArrayList<>(List.of(HEADER,
                "S01,人S01,综合科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,4500.00",
                "S02,人S02,综合科,12,11,0,0,1,1,99.17,0,0,0,0.00,99.17,基本称职,,0.00",
                "S03,人S03,综合科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S04,人S04,综合科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S05,人S05,综合科,12,1,11,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00"));
        for (int i = 6; i <= 10; i++) {
            expected.add(String.format("S%02d,人S%02d,综合科,12,0,12,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00", i, i));
        }
        expected.addAll(List.of(
                "S11,人S11,秘书科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S12,人S12,秘书科,12,9,0,0,3,0,88.75,0,0,0,0.00,88.75,不称职,,0.00",
                "S13,人S13,秘书科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S14,人S14,秘书科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00",
                "S15,人S15,秘书科,12,3,9,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00"));
        for (int i = 16; i <= 20; i++) {
            expected.add(String.format("S%02d,人S%02d,秘书科,12,0,12,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00", i, i));
        }
        expected.addAll(List.of(
                "S21,人S21,信息科,12,12,0,0,0,0,100.00,0,0,0,7.00,93.00,称职,,2000.00",
                "S22,人S22,信息科,12,10,2,0,0,0,99.17,2,0,0,0.00,89.17,称职,,2000.00",
                "S23,人S23,信息科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00",
                "S24,人S24,信息科,12,2,10,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00"));
        for (int i = 25; i <= 29; i++) {
            expected.add(String.format("S%02d,人S%02d,信息科,12,0,12,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00", i, i));
        }
        expected.add("S30,人S30,机要室,5,5,0,0,0,0,100.00,0,0,0,0.00,100.00,不定等次,,0.00");
        List<String> written = Files.readAllLines(dir.resolve("output").resolve("2026").resolve("year-results-2026.csv"),
                StandardCharsets.UTF_8);
        assertThat(written.get(0)).isEqualTo("\uFEFF" + HEADER);
        assertThat(written.subList(1, written.size())).containsExactlyElementsOf(expected.subList(1, expected.size()));
    }

    @Test
    void hrWorkbookSummaryHasEveryMonthTheCountsTheGradeAndItsReasonPerPersonBySectionAndScore() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(yearFolder().resolve("year-2026.xlsx").toFile())) {
            XSSFSheet s = wb.getSheet("年度汇总");
            assertThat(text(s, 0)).containsExactly("本单位2026年度考核汇总表");
            assertThat(text(s, 1)).containsExactly("年度等次：优秀 5 人，称职 22 人，基本称职 1 人，不称职 1 人，不定等次 1 人");
            List<String> header = new ArrayList<>(List.of("工号", "姓名", "科室"));
            for (int m = 1; m <= 12; m++) {
                header.add(m + "月");
            }
            header.addAll(List.of("参评\n月数", "好", "较好", "一般", "较差", "一票否决\n月数", "月均\n得分", "值班\n脱岗",
                    "信息\n扣分", "年度\n得分", "年度\n等次", "奖励", "考核奖", "理由"));
            assertThat(text(s, 3)).containsExactlyElementsOf(header);
            // sections as a Chinese index sorts them (机要室, 秘书科, 信息科, 综合科), each by 年度得分 then 工号
            List<String> ids = new ArrayList<>();
            for (int r = 4; r <= 34; r++) {
                ids.add(text(s, r).get(0));
            }
            assertThat(ids).containsExactly("S30", "S11", "S13", "S14", "S15", "S16", "S17", "S18", "S19", "S20", "S12",
                    "S23", "S24", "S25", "S26", "S27", "S28", "S29", "S21", "S22", "S01", "S03", "S04", "S05", "S06",
                    "S07", "S08", "S09", "S10", "S02", "合计");

            List<String> s02 = new ArrayList<>(List.of("S02", "人S02", "综合科", "100.00\n好", "100.00\n好",
                    "90.00\n较差\n一票否决"));
            s02.addAll(Collections.nCopies(9, "100.00\n好"));
            s02.addAll(List.of("12", "11", "0", "0", "1", "1", "99.17", "0", "0.00", "99.17", "基本称职", "", "0.00",
                    "较差 1 个月（3 月一票否决：工作日饮酒：午间饮酒，findings.csv 第2行）"));
            assertThat(text(s, 33)).containsExactlyElementsOf(s02);
            assertThat(red(s.getRow(33).getCell(5))).isTrue();
            assertThat(red(s.getRow(33).getCell(4))).isFalse();
            assertThat(red(s.getRow(33).getCell(25))).isTrue();

            List<String> s30 = new ArrayList<>(List.of("S30", "人S30", "机要室"));
            s30.addAll(Collections.nCopies(7, "不参评"));
            s30.addAll(Collections.nCopies(5, "100.00\n好"));
            s30.addAll(List.of("5", "5", "0", "0", "0", "0", "100.00", "0", "0.00", "100.00", "不定等次", "", "0.00",
                    "参评 5 个月，不足 6 个月，不定等次"));
            assertThat(text(s, 4)).containsExactlyElementsOf(s30);

            assertThat(person(s, 7)).containsExactly("S14", "12", "12", "0", "0", "0", "0", "100.00", "0", "0.00",
                    "100.00", "称职", "", "2,000.00", "符合优秀条件，名额外（第 6 名，名额 5）");
            assertThat(person(s, 24)).containsExactly("S01", "12", "12", "0", "0", "0", "0", "100.00", "0", "0.00",
                    "100.00", "优秀", "嘉奖", "4,500.00", "年度得分 100.00，好 12 个月，名额内第 1 名");
            assertThat(text(s, 14).get(5)).isEqualTo("55.00\n较差");
            assertThat(person(s, 14)).containsExactly("S12", "12", "9", "0", "0", "3", "0", "88.75", "0", "0.00",
                    "88.75", "不称职", "", "0.00", "较差 3 个月");
            assertThat(person(s, 22)).containsExactly("S21", "12", "12", "0", "0", "0", "0", "100.00", "0", "7.00",
                    "93.00", "称职", "", "2,000.00", "符合优秀条件，名额外（第 8 名，名额 5）");
            assertThat(person(s, 23)).containsExactly("S22", "12", "10", "2", "0", "0", "0", "99.17", "2", "0.00",
                    "89.17", "称职", "", "2,000.00", "年度得分 89.17，未达优秀分数线 90.00");
            assertThat(person(s, 27)).containsExactly("S05", "12", "1", "11", "0", "0", "0", "100.00", "0", "0.00",
                    "100.00", "称职", "", "2,000.00", "好 1 个月，不足参评 12 个月的 50%");
            assertThat(text(s, 34).subList(0, 2)).containsExactly("合计", "30 人");
            assertThat(text(s, 34).get(27)).isEqualTo("60,500.00");
            assertThat(text(s, 36)).containsExactly("制表：                    审核：                    日期：        年    月    日");
        }
    }

    @Test
    void everySheetOfTheYearPrintsOnA4LandscapeOnePageWideWithTitleAndKeyColumnsRepeated() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(yearFolder().resolve("year-2026.xlsx").toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("年度汇总", "优秀排名", "月份", "规则");
            for (int i = 0; i < 4; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(s.getFooter().getCenter()).endsWith("第 &P 页 共 &N 页");
            }
            XSSFSheet summary = wb.getSheet("年度汇总");
            assertThat(summary.getRepeatingRows().formatAsString()).isEqualTo("1:4");
            assertThat(summary.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(summary.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            // a month's cell holds 得分 and 等次 on two lines: its row is two lines tall, its column as wide as 100.00
            assertThat(summary.getRow(5).getHeightInPoints()).isEqualTo(30f);
            assertThat(summary.getColumnWidth(3) / 256).isEqualTo(8);
        }
    }

    @Test
    void rankingDrawsTheQuotaLineAboveTheFirstCandidatePastIt() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(yearFolder().resolve("year-2026.xlsx").toFile())) {
            XSSFSheet s = wb.getSheet("优秀排名");
            assertThat(text(s, 0)).containsExactly("本单位2026年度优秀等次人选排名");
            assertThat(text(s, 1)).containsExactly(
                    "全办公室：优秀名额 5 人（有年度等次 29 人 × 20%，向下取整，至少 1 人），红线以下超出名额");
            assertThat(text(s, 3)).containsExactly("名次", "工号", "姓名", "科室", "年度\n得分", "好（月）", "扣分合计", "结果");
            assertThat(text(s, 4)).containsExactly("1", "S01", "人S01", "综合科", "100.00", "12", "0.00", "名额内：优秀");
            assertThat(text(s, 8)).containsExactly("5", "S13", "人S13", "秘书科", "100.00", "12", "0.00", "名额内：优秀");
            assertThat(text(s, 9)).containsExactly("6", "S14", "人S14", "秘书科", "100.00", "12", "0.00", "超出名额：称职");
            assertThat(text(s, 10)).containsExactly("7", "S23", "人S23", "信息科", "100.00", "12", "0.00", "超出名额：称职");
            assertThat(text(s, 11)).containsExactly("8", "S21", "人S21", "信息科", "93.00", "12", "7.00", "超出名额：称职");
            assertThat((Object) s.getRow(12)).isNull();
            assertThat(s.getRow(8).getCell(1).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
            for (int c = 0; c < 8; c++) {
                assertThat(s.getRow(9).getCell(c).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THICK);
                assertThat(s.getRow(10).getCell(c).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
                assertThat(red(s.getRow(9).getCell(c))).isTrue();
                assertThat(red(s.getRow(10).getCell(c))).isTrue();
                assertThat(red(s.getRow(8).getCell(c))).isFalse();
            }
        }
    }

    @Test
    void monthsSheetNamesTheRunOfEachMonthAndRulesSheetEveryNumberUsed() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(yearFolder().resolve("year-2026.xlsx").toFile())) {
            XSSFSheet months = wb.getSheet("月份");
            assertThat(text(months, 0)).containsExactly("本单位2026年度考核月份");
            assertThat(text(months, 2)).containsExactly("月份", "状态", "运行编号", "人数", "参评人数");
            for (int m = 1; m <= 12; m++) {
                // the months were run one after the other into a new history: run m is month m
                assertThat(text(months, 2 + m)).containsExactly(String.format("2026-%02d", m),
                        "已计入（该月最后一次完成的运行）", String.valueOf(m), "30", m <= 7 ? "29" : "30");
            }
            XSSFSheet rules = wb.getSheet("规则");
            assertThat(text(rules, 0)).containsExactly("本单位2026年度考核规则");
            assertThat(text(rules, 2)).containsExactly("规则", "值", "rules.yml 中的设置");
            assertThat(text(rules, 3)).containsExactly("参评月数少于此数：不定等次", "6", "year.min_graded_months");
            assertThat(text(rules, 14)).containsExactly("优秀名额比例", "0.2", "year.excellent_quota");
            assertThat(text(rules, 17)).containsExactly("优秀人选公示期（工作日）", "5", "year.publicity_days");
            assertThat(text(rules, 18)).containsExactly("考核奖系数：优秀", "1.5", "year.award_factor.EXCELLENT");
            assertThat(text(rules, 22)).containsExactly("考核奖系数：不定等次", "0", "year.award_factor.UNDETERMINED");
            assertThat((Object) rules.getRow(23)).isNull();
        }
    }

    @Test
    void eachSectionHasItsOwnYearWorkbookByScoreWithItsCandidates() throws Exception {
        Path sections = yearFolder().resolve("sections");
        try (Stream<Path> files = Files.list(sections)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("信息科-2026.xlsx",
                    "机要室-2026.xlsx", "秘书科-2026.xlsx", "综合科-2026.xlsx");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(sections.resolve("综合科-2026.xlsx").toFile())) {
            XSSFSheet s = wb.getSheet("年度汇总");
            assertThat(text(s, 0)).containsExactly("本单位2026年度考核汇总表");
            assertThat(text(s, 1)).containsExactly("科室：综合科");
            assertThat(text(s, 2)).containsExactly("年度等次：优秀 3 人，称职 6 人，基本称职 1 人，不称职 0 人，不定等次 0 人");
            List<String> ids = new ArrayList<>();
            for (int r = 5; r <= 15; r++) {
                ids.add(text(s, r).get(0));
            }
            assertThat(ids).containsExactly("S01", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10", "S02", "合计");
            assertThat(person(s, 14)).containsExactly("S02", "12", "11", "0", "0", "1", "1", "99.17", "0", "0.00",
                    "99.17", "基本称职", "", "0.00", "较差 1 个月（3 月一票否决：工作日饮酒：午间饮酒，findings.csv 第2行）");
            // 4500 (S01) + 2 × 3000 (S03, S04) + 6 × 2000 (S05–S10) + 0 (S02, vetoed)
            assertThat(text(s, 15).get(27)).isEqualTo("22,500.00");
            assertThat(s.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(sections.resolve("信息科-2026.xlsx").toFile())) {
            XSSFSheet s = wb.getSheet("优秀排名");
            assertThat(text(s, 1)).containsExactly("科室：信息科");
            assertThat(text(s, 5)).containsExactly("7", "S23", "人S23", "信息科", "100.00", "12", "0.00", "超出名额：称职");
            assertThat(text(s, 6)).containsExactly("8", "S21", "人S21", "信息科", "93.00", "12", "7.00", "超出名额：称职");
            assertThat(s.getRow(5).getCell(0).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THICK);
        }
    }

    @Test
    void publicityListsTheExcellentBySectionWithItsPeriodAndContactLine() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(yearFolder().resolve("publicity-2026.docx")))) {
            List<String> p = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(p).containsExactly("［发文机关名称］", "", "", "关于2026年度考核优秀等次拟定人选的公示", "", "各科室：",
                    "根据年度考核有关规定，依据2026年度各月平时考核结果，经综合评定，拟确定以下 5 名同志为2026年度考核优秀等次人选"
                            + "（按科室排列），现予以公示：",
                    "秘书科（2 人）：人S11、人S13",
                    "综合科（3 人）：人S01、人S03、人S04",
                    "公示期为 5 个工作日，自____年__月__日至____年__月__日。公示期间，对拟定人选如有异议，可以书面、电话或当面向人事"
                            + "部门反映。反映问题应实事求是，署真实姓名，并提供具体事实或线索。",
                    "联系人：________　　电话：________", "", "［发文机关署名］", "［成文日期］");
            assertThat(doc.getParagraphs().get(3).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("方正小标宋简体");
            assertThat(doc.getParagraphs().get(7).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("仿宋");
            assertThat(doc.getParagraphs().get(7).getRuns().get(0).getFontSize()).isEqualTo(16);
            assertThat(doc.getFooterArray(0).getText().strip()).isEqualTo("— 1 —");
        }
    }

    @Test
    void explainSaysWhyInTheWorkbooksWords() {
        Captured explain = Captured.run("explain", "--year", "2026", "--employee", "S02", "--output",
                yearFolder().toString());
        assertThat(explain.exitCode()).as(String.join("\n", explain.err())).isEqualTo(0);
        assertThat(explain.out()).contains("年度等次：基本称职", "理由：较差 1 个月（3 月一票否决：工作日饮酒：午间饮酒，findings.csv 第2行）");
    }

    /** What each cell of a row shows, as printed. */
    private static List<String> text(XSSFSheet s, int row) {
        DataFormatter f = new DataFormatter();
        List<String> cells = new ArrayList<>();
        s.getRow(row).forEach(c -> {
            while (cells.size() < c.getColumnIndex()) {
                cells.add("");
            }
            cells.add(f.formatCellValue(c));
        });
        return cells;
    }

    /** 工号 and the columns after the twelve months. */
    private static List<String> person(XSSFSheet s, int row) {
        List<String> cells = text(s, row);
        List<String> out = new ArrayList<>(List.of(cells.get(0)));
        out.addAll(cells.subList(15, cells.size()));
        return out;
    }

    private static boolean red(XSSFCell cell) {
        XSSFColor colour = cell.getCellStyle().getFont().getXSSFColor();
        return colour != null && colour.getARGBHex().endsWith("C00000");
    }

    private static void runMonth(int m) throws IOException {
        String month = String.format("2026-%02d", m);
        Path input = Files.createDirectories(dir.resolve("input").resolve(month));
        List<String> staff = new ArrayList<>(List.of("工号,姓名,科室,岗位系数,绩效基数,入职日期,考勤方式,信息报送"));
        for (int i = 1; i <= 30; i++) {
            String section = i <= 10 ? "综合科" : i <= 20 ? "秘书科" : i <= 29 ? "信息科" : "机要室";
            staff.add(String.format("S%02d,人S%02d,%s,1.0,%s,%s,免打卡,%s", i, i, section,
                    i == 1 ? "3000.00" : "2000.00", i == 30 ? "2026-08-01" : "", i == 21 ? "是" : "否"));
        }
        SmallMonth.write(input, "staff.csv", staff.toArray(String[]::new));
        List<String> findings = new ArrayList<>(List.of("编号,日期,督查人,工号,科室,类别,事项,严重程度,一票否决,分值,描述,证据"));
        if (m == 3) {
            findings.add("F1,2026-03-10,孙督查,S02,,,工作日饮酒,严重,,,午间饮酒,");
        }
        if (m == 3 || m == 6 || m == 9) {
            findings.add(String.format("F2,2026-%02d-10,孙督查,S12,,形象,,,,45,多次顶撞来访群众,", m));
        }
        if (m == 6 || m == 9) {
            findings.add(String.format("F3,2026-%02d-10,孙督查,S22,,,值班脱岗,,,,值班时间不在岗,", m));
        }
        SmallMonth.write(input, "findings.csv", findings.toArray(String[]::new));
        Captured c = Captured.run("run", "--month", month, "--input", input.toString(), "--output",
                dir.resolve("output").resolve(month).toString());
        assertThat(c.exitCode()).as(month + "\n" + String.join("\n", c.err())).isEqualTo(0);
    }
}
