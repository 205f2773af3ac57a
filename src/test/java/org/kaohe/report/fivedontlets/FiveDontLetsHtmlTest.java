package org.kaohe.report.fivedontlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The five don't-lets web page, parsed: it is well-formed (so every input text was escaped), self-contained, and
 * holds the same tables as the workbook plus one SVG chart per chart there.
 */
class FiveDontLetsHtmlTest {

    @TempDir
    Path dir;

    private String write(FiveDontLetsMonth month, String lang) throws Exception {
        Path file = dir.resolve("five-dont-lets-2026-10.html");
        FiveDontLetsHtml.write(file, month, Messages.forLang(lang));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDemoMonthPageHasTheTablesAndChartsAndNothingExternal() throws Exception {
        String html = write(FiveDontLetsMonth.of(DemoMonth.evaluation(), List.of(
                FiveDontLetsXlsxTest.counts(2026, 9, java.util.Map.of(org.kaohe.discipline.DontLet.ERROR, 4)))),
                "zh");
        Document doc = parse(html);
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text(doc, "title").get(0)).isEqualTo("2026年10月“五个不让”执行情况");
        assertThat(text(doc, "h1")).containsExactly("2026年10月“五个不让”执行情况");
        assertThat(text(doc, "h2")).containsExactly("汇总", "违规明细", "重复违规", "考勤纪律", "科室排名", "趋势");
        // the workbook's counts (FiveDontLetsXlsxTest): 秘书科 1012 延误 and 信息缺报, 1016 信息缺报, 1013 差错; 32 in all
        assertThat(cells(table(doc, "counts"), 0)).containsExactly("秘书科", "3", "0", "1", "0", "0", "4");
        assertThat(cells(table(doc, "counts"), 5)).containsExactly("合计", "7", "5", "9", "2", "9", "32");
        assertThat(rows(table(doc, "counts"))).hasSize(6);
        assertThat(rows(table(doc, "violations"))).hasSize(32);
        assertThat(wholeSectionRow(table(doc, "violations"))).containsExactly("积压", "", "整个科室", "文电科",
                "2026-10-28", "5.00", "督查发现（积压）：文件积压：收文登记簿显示6件来文超过时限未分办",
                "findings.xlsx!第二轮督查:5");
        assertThat(rows(table(doc, "offenders"))).hasSize(8);
        assertThat(cells(table(doc, "attendance"), 5)).containsExactly("合计", "5", "2", "6", "3.5", "15");
        assertThat(cells(table(doc, "ranking"), 0).subList(0, 2)).containsExactly("1", "秘书科");
        assertThat(cells(table(doc, "ranking"), 0).get(8)).isEqualTo("文明科室");
        assertThat(rows(table(doc, "trend"))).hasSize(2);
        assertThat(cells(table(doc, "trend"), 0)).containsExactly("2026年9月", "0", "0", "4", "0", "0", "4");
        assertThat(cells(table(doc, "trend"), 1)).containsExactly("2026年10月", "7", "5", "9", "2", "9", "32");

        NodeList svgs = doc.getElementsByTagName("svg");
        assertThat(svgs.getLength()).isEqualTo(2);
        // 5 sections × 5 don't-lets, plus the 5 legend swatches
        assertThat(((Element) svgs.item(0)).getElementsByTagName("rect").getLength()).isEqualTo(30);
        assertThat(((Element) svgs.item(1)).getElementsByTagName("rect").getLength()).isEqualTo(15);
        assertThat(html).contains("@page{size:A4", "@media print", "thead{display:table-header-group}");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<link", "src=", "href=", "url(", "@import",
                "http:", "https:");
    }

    @Test
    void inputTextIsEscapedNeverMarkup() throws Exception {
        String html = write(HostileMonth.of(), "zh");
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(html).contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; more",
                "&lt;b onmouseover=alert(1)&gt;坏人&lt;/b&gt;");
        assertThat(cells(table(doc, "violations"), 0)).containsExactly("形象", "9001", HostileMonth.NAME,
                HostileMonth.SECTION, "2026-10-09", "2.00", "督查发现（形象）：" + HostileMonth.DESCRIPTION,
                "findings.xlsx!<img src=x>:3");
    }

    @Test
    void aQuietMonthPageSaysSoAndStillCharts() throws Exception {
        Document doc = parse(write(HostileMonth.quiet(), "zh"));
        assertThat(text(doc, "p")).contains("本月共发现违反“五个不让”问题 0 起，涉及 0 人；其中针对整个科室的 0 起。",
                "本月没有文明科室：每个参评科室都有被一票否决的人员或否决性督查发现", "本月没有违反“五个不让”的记录。");
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(2);
        assertThat(cells(table(doc, "counts"), 1)).containsExactly("合计", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void englishPage() throws Exception {
        Document doc = parse(write(FiveDontLetsMonth.of(DemoMonth.evaluation(), List.of()), "en"));
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(text(doc, "h1")).containsExactly("Five don't-lets, October 2026");
        assertThat(text(doc, "h2")).containsExactly("Summary", "Violations", "Repeat offenders", "Attendance",
                "Section ranking", "Trend");
        assertThat(cells(table(doc, "counts"), 5).get(0)).isEqualTo("Total");
    }

    private static List<String> text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static Element table(Document doc, String id) {
        NodeList tables = doc.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("id").equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no table " + id);
    }

    private static List<Element> rows(Element table) {
        NodeList rows = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            out.add((Element) rows.item(i));
        }
        return out;
    }

    /** The one row of a violations table that names no person but a whole section. */
    private static List<String> wholeSectionRow(Element violations) {
        List<List<String>> found = new ArrayList<>();
        for (int i = 0; i < rows(violations).size(); i++) {
            if (cells(violations, i).get(2).equals("整个科室")) {
                found.add(cells(violations, i));
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> cells(Element table, int row) {
        NodeList tds = rows(table).get(row).getElementsByTagName("td");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tds.getLength(); i++) {
            out.add(tds.item(i).getTextContent());
        }
        return out;
    }
}
