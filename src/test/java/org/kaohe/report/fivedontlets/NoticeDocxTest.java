package org.kaohe.report.fivedontlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;

/**
 * The 通报 draft for the demo month, read back paragraph by paragraph: the counts of FiveDontLetsXlsxTest, and under
 * 延误 and 积压 the people of input/README.md §4.9–4.10 (tasks.csv, documents.xlsx) beside the findings.
 */
class NoticeDocxTest {

    @TempDir
    Path dir;

    private XWPFDocument write(FiveDontLetsMonth month, String lang) throws Exception {
        Path file = dir.resolve("notice-2026-10.docx");
        NoticeDocx.write(file, month, Messages.forLang(lang));
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void theDemoMonthNoticeIsAnOfficialDocumentDraftWithPeopleGroupedBySection() throws Exception {
        try (XWPFDocument doc = write(FiveDontLetsMonth.of(DemoMonth.evaluation(), List.of()), "zh")) {
            List<String> p = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(p.subList(0, 11)).containsExactly(
                    "［发文机关名称］文件", "", "［发文机关代字］〔2026〕×号", "",
                    // too long for one line of 二号: broken where the words allow, not before its last character
                    "关于2026年10月“五个不让”\n执行情况的通报", "",
                    "各科室：",
                    // the 32 include the one against a whole section, as the workbook's 其中 says
                    "2026年10月，办公室对照“五个不让”要求开展督促检查，共发现违反“五个不让”问题 32 起（其中针对整个科室的 1 起），"
                            + "涉及 23 人。其中：延误 7 起、积压 5 起、差错 9 起、冷落 2 起、形象 9 起。现将有关情况通报如下：",
                    "一、违反“五个不让”情况",
                    "（一）不让领导安排的工作在办公室延误（7 起）",
                    "1. 秘书科（3 起）");
            // Chinese dates inside the wording, no 督办事项 编号, people under their section in the workbook's order
            assertThat(p.subList(11, 15)).containsExactly(
                    "孙立新：10月15日，信息缺报：10月12日至10月18日这一周未报送信息（本周有 5 个在岗且未全天请假的工作日，"
                            + "最早10月12日），扣 1 分。",
                    "孙立新：10月16日，督办事项「起草全市秘书长会议讲话稿」时限10月14日，10月16日办结，本月逾期 2 个工作日"
                            + "（10月15日至10月16日），扣 2 分。",
                    "郭晓燕：10月22日，信息缺报：10月19日至10月25日这一周未报送信息（本周有 5 个在岗且未全天请假的工作日，"
                            + "最早10月19日），扣 1 分。",
                    "2. 文电科（1 起）");
            assertThat(p).containsSequence("（二）不让办理的文件在办公室积压（5 起）", "1. 文电科（5 起）");
            assertThat(p).contains("全科室：10月28日，督查发现（积压）：文件积压：收文登记簿显示6件来文超过时限未分办，科室扣 5 分。",
                    "刘洋：10月9日，督办事项「整理三季度督查情况通报」时限9月29日，10月9日办结，本月逾期 2 个工作日"
                            + "（10月8日至10月9日），扣 2 分。");
            assertThat(p).containsSequence("二、一票否决情况",
                    "本月有 2 名同志被一票否决，当月考核等次为较差，不发放当月绩效工资：",
                    "文电科 梁宇：重大差错（10月23日），一票否决。",
                    "行政科 曾凡：督查发现工作日饮酒：中午在外饮酒，下午上班有明显酒气，一票否决。",
                    "三、文明科室评比情况",
                    "经综合评定，秘书科（科室得分 98.38 分）被评为2026年10月文明科室，予以通报表扬。",
                    "四、考勤纪律情况",
                    "本月全办公室迟到 5 次、早退 2 次、缺卡 6 次、旷工 3.5 天，涉及 15 人。分科室情况如下：");
            assertThat(p.stream().filter(s -> s.endsWith("分。")).count()).isEqualTo(32);
            assertThat(p).noneMatch(s -> s.matches(".*(\\d{4}-\\d{2}-\\d{2}|DB-\\d|F-\\d).*"));
            assertThat(p.subList(p.size() - 5, p.size())).containsExactly("［发文机关署名］", "［成文日期］", "",
                    "抄送：［抄送机关］。", "［印发机关］　　　　　　　　　　　　［印发日期］印发");

            XWPFParagraph mark = doc.getParagraphs().get(0);
            assertThat(mark.getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(doc.getParagraphs().get(2).getBorderBottom()).isEqualTo(Borders.SINGLE);
            XWPFRun title = doc.getParagraphs().get(4).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(doc.getParagraphs().get(4).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFParagraph body = doc.getParagraphs().get(7);
            assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getIndentationFirstLine()).isEqualTo(640);
            assertThat(doc.getParagraphs().get(8).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("黑体");
            assertThat(doc.getParagraphs().get(9).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("楷体");
            assertThat(doc.getParagraphs().get(p.size() - 2).getBorderTop()).isEqualTo(Borders.SINGLE);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");

            XWPFFooter footer = doc.getFooterArray(0);
            assertThat(footer.getText().strip()).isEqualTo("— 1 —");
            assertThat(footer.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
            assertThat(footer.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            String fonts = new String(doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"))
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(fonts).contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>");
        }
    }

    @Test
    void hostileTextIsWrittenAsPlainText() throws Exception {
        try (XWPFDocument doc = write(HostileMonth.of(), "zh")) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .containsSequence("1. " + HostileMonth.SECTION + "（1 起）", HostileMonth.NAME + "：10月9日，督查发现（形象）："
                            + HostileMonth.DESCRIPTION + "，扣 2 分。");
        }
    }

    @Test
    void aQuietMonthSaysNothingWasFound() throws Exception {
        try (XWPFDocument doc = write(HostileMonth.quiet(), "zh")) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList()).containsSequence(
                    "2026年10月，办公室对照“五个不让”要求开展督促检查，未发现违反“五个不让”的问题。现将有关情况通报如下：",
                    "一、违反“五个不让”情况",
                    "本月未发现违反“五个不让”的问题。",
                    "二、一票否决情况",
                    "本月无一票否决情形。",
                    "三、文明科室评比情况",
                    "本月各参评科室均有一票否决情形，不评文明科室。",
                    "四、考勤纪律情况",
                    "本月未发现迟到、早退、缺卡、旷工情况。");
        }
    }

    @Test
    void englishNoticeIsInPlainEnglishSetInALatinTypeface() throws Exception {
        try (XWPFDocument doc = write(FiveDontLetsMonth.of(DemoMonth.evaluation(), List.of()), "en")) {
            List<String> p = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(p.subList(0, 11)).containsExactly("[Issuing office]", "", "[Office code] (2026) No. ×", "",
                    "Notice on the five don't-lets in October 2026", "", "To all sections:",
                    "In October 2026 the office checked the work against the five don't-lets and found 32 violations (1 of "
                            + "them against a whole section) by 23 people: Delay 7, Backlog 5, Error 9, Neglect 2, "
                            + "Image 9. The details follow.",
                    "I. Violations of the five don't-lets", "(I) Assigned work is not delayed (7)", "1. 秘书科 (3)");
            assertThat(p).contains("孙立新: Oct 15, Missed information week Oct 12 to Oct 18: nothing submitted (5 working"
                            + " days employed and not wholly on leave, the first Oct 12); 1 point deducted.",
                    "2 colleagues have a vetoed month: the grade is poor and no performance pay is paid for the month:",
                    "[Issuing office]", "Copies to: [offices].");
            for (XWPFParagraph para : doc.getParagraphs()) {
                for (XWPFRun run : para.getRuns()) {
                    assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
                    assertThat(run.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("Times New Roman");
                    // Chinese names in the English notice keep a Chinese face
                    assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isNotEqualTo("Times New Roman");
                }
            }
            assertThat(doc.getFooterArray(0).getText().strip()).isEqualTo("— 1 —");
        }
    }
}
