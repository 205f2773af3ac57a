package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.Cells.shown;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 1, fewer things nobody can read: a generated month of 3,000 people in 120 sections (seed 1), where
 * the chart of the five don't-lets by section shows the 20 sections with the most violations and 其他, and the
 * notice names the typical cases and sums the rest up, while the workbook keeps every violation.
 */
class ProvinceScaleReportsTest {

    @TempDir
    static Path dir;
    static Path output;

    @BeforeAll
    static void runAGeneratedMonthOfThreeThousandPeople() {
        Path input = dir.resolve("input/2026-09");
        assertThat(Captured.run("generate", "--people", "3000", "--month", "2026-09", "--output", input.toString())
                .exitCode()).isZero();
        output = dir.resolve("output/2026-09");
        assertThat(Captured.run("run", "--month", "2026-09", "--input", input.toString(), "--output",
                output.toString()).exitCode()).isZero();
    }

    @Test
    void theChartShowsTheTwentySectionsWithTheMostViolationsAndTheRestAsOthers() throws Exception {
        try (InputStream in = Files.newInputStream(output.resolve("five-dont-lets-2026-09.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("汇总");
            assertThat(shown(s.getRow(1))).containsExactly("本月共发现违反“五个不让”问题 493 起，涉及 443 人；其中针对整个科室的 7 起。");
            // most violations first, ties in the sections' order; columns 延误, 积压, 差错, 冷落, 形象, 合计
            assertThat(shown(s.getRow(5))).containsExactly("第4科", "0", "7", "1", "0", "2", "10");
            assertThat(shown(s.getRow(6))).containsExactly("第118科", "3", "5", "0", "0", "1", "9");
            assertThat(shown(s.getRow(24))).containsExactly("第12科", "0", "4", "1", "0", "1", "6");
            assertThat(shown(s.getRow(25))).containsExactly("其他（100 个科室）", "65", "195", "50", "2", "35", "347");
            assertThat(shown(s.getRow(26))).containsExactly("合计", "97", "274", "71", "2", "49", "493");
            assertThat(s.getRow(28).getCell(0).getStringCellValue()).isEqualTo("表和图只列违规最多的 20 个科室，其余 100 "
                    + "个科室合为“其他”；每一起违规见“违规明细”，各科室的违规次数见“科室排名”。");
            var bars = s.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0);
            assertThat(bars.getCategoryData().getPointCount()).isEqualTo(21);
            assertThat(bars.getCategoryData().getPointAt(20)).isEqualTo("其他（100 个科室）");
            // the full list stays in the workbook: title, blank, header, 493 violations, blank, sign-off
            assertThat(wb.getSheet("违规明细").getLastRowNum()).isEqualTo(2 + 493 + 2);
        }
        String html = Files.readString(output.resolve("five-dont-lets-2026-09.html"), StandardCharsets.UTF_8);
        // a bar per don't-let for each of the 21 groups of sections and the one month of the trend
        assertThat(Pattern.compile("\"><title>").matcher(html).results().count()).isEqualTo((21 + 1) * 5);
        assertThat(html).contains("<title>其他（100 个科室） 积压：195 起</title>", "表和图只列违规最多的 20 个科室");
    }

    @Test
    void theNoticeNamesTheTypicalCasesAndSumsUpTheRest() throws Exception {
        try (InputStream in = Files.newInputStream(output.resolve("notice-2026-09.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            List<String> p = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(p).hasSize(94);
            // 19 cases named: 10 points or more, or by someone with 3 violations this month (罗磊芳's three weeks)
            assertThat(p.stream().filter(x -> x.matches("[^：]{2,4}：\\d+月\\d+日，.*"))).hasSize(19);
            assertThat(p).contains("张敏平：9月27日，督查发现（延误）：办事拖拉：现场检查发现，扣 10 分。",
                    "其余 60 个科室共 92 起，详见附表。", "其余 108 个科室共 270 起，详见附表。",
                    "共 2 起，分布在 2 个科室，均未达到点名通报的程度，详见附表。",
                    "本月有 5 名同志被一票否决，当月考核等次为较差，不发放当月绩效工资：",
                    "第39科：迟到 20 次，早退 6 次，缺卡 6 次，旷工 1.5 天。", "其余 100 个科室共涉及 1589 人，详见附表。");
            assertThat(p.stream().filter(x -> x.matches("第\\d+科：迟到.*"))).hasSize(20);
        }
    }
}
