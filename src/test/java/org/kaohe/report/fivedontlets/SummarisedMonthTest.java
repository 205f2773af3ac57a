package org.kaohe.report.fivedontlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.rules.ReportRules;

/**
 * The demo month under limits small enough to summarise it (charts of 2 sections, every violation listed only up to
 * 10, one typical case per don't-let), in both languages: what a province month does at 20 and 100.
 */
class SummarisedMonthTest {

    @TempDir
    Path dir;

    private static FiveDontLetsMonth summarised() throws Exception {
        FiveDontLetsMonth m = FiveDontLetsMonth.of(DemoMonth.evaluation(), List.of());
        return new FiveDontLetsMonth(m.month(), m.sections(), m.violations(), m.counts(), m.repeatOffenders(),
                m.attendance(), m.standings(), m.trend(), m.names(), m.vetoed(), m.office(),
                new ReportRules(2, 10, BigDecimal.TEN, 3, 1));
    }

    @Test
    void theCountsShowTheSectionsWithTheMostViolationsAndTheRestAsOthers() throws Exception {
        // 文电科 10 and 综合科 8; 秘书科 4 + 信息科 5 + 行政科 5 as Others
        List<String> lines = summarised().countLines().stream()
                .map(l -> l.section() + " " + l.sections() + " " + java.util.Arrays.toString(l.counts())).toList();
        assertThat(lines).containsExactly("文电科 1 [1, 5, 2, 1, 1]", "综合科 1 [1, 0, 2, 0, 5]",
                "null 3 [5, 0, 5, 1, 3]");
        for (String lang : List.of("zh", "en")) {
            Path file = dir.resolve(lang + ".xlsx");
            FiveDontLetsXlsx.write(file, summarised(), Messages.forLang(lang));
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var s = wb.getSheetAt(0);
                assertThat(FiveDontLetsXlsxTest.values(s.getRow(7))).containsExactly(
                        lang.equals("zh") ? "其他（3 个科室）" : "Others (3 sections)", "5", "0", "5", "1", "3", "14");
                assertThat(FiveDontLetsXlsxTest.values(s.getRow(8)).get(6)).isEqualTo("32");
                assertThat(s.getRow(10).getCell(0).getStringCellValue()).isEqualTo(lang.equals("zh")
                        ? "表和图只列违规最多的 2 个科室，其余 3 个科室合为“其他”；每一起违规见“违规明细”，各科室的违规次数见“科室排名”。"
                        : "The table and chart show the 2 sections with the most violations; the other 3 sections are "
                                + "summed as Others. Every violation is in Violations, every section's count in Section ranking.");
                assertThat(s.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0)
                        .getCategoryData().getPointCount()).isEqualTo(3);
            }
        }
    }

    @Test
    void theNoticeNamesOneTypicalCasePerDontLetAndSumsUpTheRest() throws Exception {
        assertThat(notice("zh")).containsSubsequence(
                "（一）不让领导安排的工作在办公室延误（7 起）",
                "共 7 起，分布在 4 个科室，均未达到点名通报的程度，详见附表。",
                "（三）不让各种差错在办公室发生（9 起）",
                "1. 文电科（1 起）",
                "梁宇：10月23日，保密差错（重大）：涉密文件未履行登记手续即交外单位人员带走，扣 10 分。",
                "其余 5 个科室共 8 起，详见附表。",
                "本月有 2 名同志被一票否决，当月考核等次为较差，不发放当月绩效工资：",
                "文电科 梁宇：重大差错（10月23日），一票否决。",
                "另有 1 名同志被一票否决，名单详见附表。",
                "行政科：迟到 0 次，早退 1 次，缺卡 2 次，旷工 2 天。",
                "其余 3 个科室共涉及 8 人，详见附表。");
        assertThat(notice("en")).containsSubsequence(
                "7 violations were found in 4 sections, none grave enough to name; see the attached workbook.",
                "5 violations were found in one section, none grave enough to name; see the attached workbook.",
                "梁宇: Oct 23, secrecy error (grave): 涉密文件未履行登记手续即交外单位人员带走; 10 points deducted.",
                "8 other violations were found in 5 sections; see the attached workbook.",
                "One more person was vetoed; the list is in the attached workbook.",
                "The other 3 sections, with 8 people involved, are in the attached workbook.");
    }

    private List<String> notice(String lang) throws Exception {
        Path file = dir.resolve(lang + ".docx");
        NoticeDocx.write(file, summarised(), Messages.forLang(lang));
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }
}
