package org.kaohe.report.fivedontlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
    void theDemoMonthNoticeNamesPeopleAndSectionsPerDontLet() throws Exception {
        try (XWPFDocument doc = write(FiveDontLetsMonth.of(DemoMonth.evaluation(), List.of()), "zh")) {
            List<String> p = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(p.subList(0, 4)).containsExactly(
                    "关于2026年10月“五个不让”执行情况的通报",
                    "各科室：",
                    "2026年10月，办公室对照“五个不让”要求开展督促检查，共发现违反“五个不让”问题 32 起，涉及 23 人，"
                            + "另有针对整个科室的问题 1 起。其中：延误 7 起、积压 5 起、差错 9 起、冷落 2 起、形象 9 起。"
                            + "现将有关情况通报如下：",
                    "一、违反“五个不让”情况");
            // in the workbook's order: section (pinyin), then date, then 工号; a missed week is dated its Thursday
            assertThat(p.subList(4, 18)).containsExactly(
                    "（一）不让领导安排的工作在办公室延误（7 起）",
                    "秘书科 孙立新：10月15日，信息缺报：2026-10-12 至 2026-10-18 这一周未报送信息（本周有 5 个在岗且未全天请假的"
                            + "工作日，最早 2026-10-12），扣 1 分。",
                    "秘书科 孙立新：10月16日，督办事项 DB-2026-047「起草全市秘书长会议讲话稿」时限 2026-10-14，2026-10-16 办结，"
                            + "本月逾期 2 个工作日（2026-10-15 至 2026-10-16），扣 2 分。",
                    "秘书科 郭晓燕：10月22日，信息缺报：2026-10-19 至 2026-10-25 这一周未报送信息（本周有 5 个在岗且未全天请假的"
                            + "工作日，最早 2026-10-19），扣 1 分。",
                    "文电科 罗浩：10月20日，督办事项 DB-2026-050「市人大代表建议办理答复」时限 2026-10-12，2026-10-20 办结，"
                            + "本月逾期 6 个工作日（2026-10-13 至 2026-10-20），"
                            + "扣 5 分。",
                    "信息科 许晓晴：10月15日，督查发现（延误）：办事拖拉：门户网站领导活动报道拖延三天才更新，扣 3 分。",
                    "信息科 邓志刚：10月31日，督办事项 DB-2026-049「政务信息报送系统升级」时限 2026-10-27，到 2026-10-31 "
                            + "仍未办结，本月逾期 3 个工作日（2026-10-28 至 2026-10-30），扣 3 分。",
                    "综合科 刘洋：10月9日，督办事项 DB-2026-043「整理三季度督查情况通报」时限 2026-09-29，2026-10-09 办结，"
                            + "本月逾期 2 个工作日（2026-10-08 至 2026-10-09），扣 2 分。",
                    "（二）不让办理的文件在办公室积压（5 起）",
                    "文电科 宋建华：10月12日，公文 市委组织部〔2026〕41号（加急）2026-10-09 15:00 收文，"
                            + "时限：1 个工作日（2026-10-10 17:30 前），2026-10-12 10:00 才办结，扣 1 分。",
                    "文电科 高雪梅：10月14日，公文 省办公厅明电〔2026〕15号（特急）2026-10-13 10:20 收文，"
                            + "时限：收文当个工作日下班前（2026-10-13 17:30），2026-10-14 09:30 才办结，"
                            + "扣 1 分。",
                    "文电科（整个科室）：10月28日，督查发现（积压）：文件积压：收文登记簿显示6件来文超过时限未分办，科室扣 5 分。",
                    "文电科 林志远：10月31日，公文 市委办〔2026〕112号（普通）2026-09-21 09:00 收文，"
                            + "时限：3 个工作日（2026-09-24 17:30 前），已跨月积压，到 2026-10-31 月末仍未办结"
                            + "（每个月末仍积压计一次），扣 1 分。",
                    "文电科 唐欣：10月31日，公文 市档案馆〔2026〕8号（普通）2026-10-26 09:00 收文，"
                            + "时限：3 个工作日（2026-10-29 17:30 前），到 2026-10-31 月末仍未办结，扣 1 分。");
            assertThat(p).contains("（三）不让各种差错在办公室发生（9 起）", "（四）不让来办事的同志在办公室受冷落（2 起）",
                    "（五）不让机关的形象在办公室受损坏（9 起）",
                    "文电科 唐欣：10月25日，值班脱岗：2026-10-25 09:00–17:00 值班开始前后无打卡，扣 5 分。",
                    "二、文明科室评比情况",
                    "经综合评定，秘书科（科室得分 98.38 分）被评为2026年10月文明科室，予以通报表扬。",
                    "三、考勤纪律情况",
                    "本月全办公室迟到 5 次、早退 2 次、缺卡 6 次、旷工 3.5 天，涉及 15 人。分科室情况如下：",
                    "行政科：迟到 0 次，早退 1 次，缺卡 2 次，旷工 2 天。");
            // 7 + 5 + 9 + 2 + 9 items under five subheadings
            assertThat(p.stream().filter(s -> s.endsWith("分。")).count()).isEqualTo(32);
            assertThat(p.subList(p.size() - 2, p.size())).containsExactly("［发文单位］", "［日期］");
            assertThat(p.get(p.size() - 4)).startsWith("希望各科室和全体同志");

            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(doc.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFParagraph body = doc.getParagraphs().get(2);
            assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(body.getIndentationFirstLine()).isEqualTo(640);
            assertThat(doc.getParagraphs().get(4).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("楷体");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    @Test
    void hostileTextIsWrittenAsPlainText() throws Exception {
        try (XWPFDocument doc = write(HostileMonth.of(), "zh")) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains(HostileMonth.SECTION + " " + HostileMonth.NAME + "：10月9日，督查发现（形象）："
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
                    "二、文明科室评比情况",
                    "本月各参评科室均有一票否决情形，不评文明科室。",
                    "三、考勤纪律情况",
                    "本月未发现迟到、早退、缺卡、旷工情况。");
        }
    }

    @Test
    void englishNotice() throws Exception {
        try (XWPFDocument doc = write(FiveDontLetsMonth.of(DemoMonth.evaluation(), List.of()), "en")) {
            List<String> p = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(p.get(0)).isEqualTo("Notice on the five don't-lets in 2026-10");
            assertThat(p).contains("1. Violations of the five don't-lets", "(1) Assigned work is not delayed (7)",
                    "秘书科 孙立新: Oct 15, Missed information week 2026-10-12 to 2026-10-18: nothing submitted (5 working"
                            + " days employed and not wholly on leave, the first 2026-10-12); 1 point deducted.",
                    "[Issuing office]");
            assertThat(p.get(2)).isEqualTo("In 2026-10 the office checked the work against the five don't-lets and "
                    + "found 32 violations by 23 people, and 1 against a whole section: Delay 7, Backlog 5, Error 9, "
                    + "Neglect 2, Image 9. The details follow.");
        }
    }
}
