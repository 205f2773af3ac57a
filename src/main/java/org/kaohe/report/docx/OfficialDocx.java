package org.kaohe.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A draft official document (公文) laid out as GB/T 9704-2012 lays one out, for the drafts Kaohe writes (the
 * monthly 通报, the year's 公示). 版头: the issuing office's mark (红色, 小标宋) and, when there is one, the document
 * number as placeholders above a red line; title in 小标宋 二号; body in 仿宋 三号, headings 一、 in 黑体, （一） in
 * 楷体; 28 pt lines on A4 with the standard margins; page numbers "— 1 —" in 宋体 四号 at the foot; 版记 between
 * lines at the end. 方正小标宋简体 is not installed everywhere, so the font table names 宋体 as its stand-in. In
 * English the Latin text is set in Times New Roman.
 */
public final class OfficialDocx {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String TITLE_FALLBACK = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体";
    private static final String BODY_FONT = "仿宋";
    private static final String PAGE_NUMBER_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";
    private static final String RED = "FF0000";
    /** 二号, 三号 and 四号 in points; the issuing office's mark is larger than the title. */
    private static final int MARK = 36;
    private static final int ERHAO = 22;
    private static final int SANHAO = 16;
    private static final int SIHAO = 14;
    private static final int LINE_POINTS = 28;
    /** Two characters of 三号 in twentieths of a point. */
    private static final int INDENT = 2 * SANHAO * 20;
    /** Millimetres to twentieths of a point. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private final XWPFDocument doc;
    private final boolean latin;

    /** @param latin Latin text in a Latin typeface (an English document) */
    public OfficialDocx(XWPFDocument doc, boolean latin) throws IOException {
        this.doc = doc;
        this.latin = latin;
        pageSetup();
        fontTable();
        pageNumbers();
    }

    /** 发文机关标志 and, unless null, 发文字号 as placeholders, then the red line under them. */
    public void masthead(String issuer, String number) {
        paragraph(issuer, TITLE_FONT, MARK, ParagraphAlignment.CENTER, false).getRuns().get(0).setColor(RED);
        XWPFParagraph last = blank(ParagraphAlignment.CENTER);
        if (number != null) {
            last = paragraph(number, BODY_FONT, SANHAO, ParagraphAlignment.CENTER, false);
        }
        last.setBorderBottom(Borders.SINGLE);
        last.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
        last.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
        blank(ParagraphAlignment.CENTER);
    }

    public void title(String text) {
        paragraph(text, TITLE_FONT, ERHAO, ParagraphAlignment.CENTER, false);
    }

    /** A line of body text without indent: the addressee (left), the signer and date (right). */
    public void line(String text, ParagraphAlignment align) {
        paragraph(text, BODY_FONT, SANHAO, align, false);
    }

    public XWPFParagraph blank(ParagraphAlignment align) {
        return paragraph("", BODY_FONT, SANHAO, align, false);
    }

    /** 一、 level. */
    public void heading(String text) {
        paragraph(text, HEADING_FONT, SANHAO, ParagraphAlignment.LEFT, true);
    }

    /** （一） level. */
    public void subheading(String text) {
        paragraph(text, SUBHEADING_FONT, SANHAO, ParagraphAlignment.LEFT, true);
    }

    /** A body paragraph, justified, its first line indented by two characters. */
    public void body(String text) {
        paragraph(text, BODY_FONT, SANHAO, ParagraphAlignment.BOTH, true);
    }

    /** 版记: 抄送 and 印发 between a line above and a line below, at the end of the last page. */
    public void colophon(String copies, String printed) {
        blank(ParagraphAlignment.LEFT);
        XWPFParagraph first = paragraph(copies, BODY_FONT, SIHAO, ParagraphAlignment.LEFT, false);
        first.setBorderTop(Borders.SINGLE);
        first.setBorderBottom(Borders.SINGLE);
        paragraph(printed, BODY_FONT, SIHAO, ParagraphAlignment.LEFT, false).setBorderBottom(Borders.SINGLE);
    }

    private XWPFParagraph paragraph(String text, String font, int size, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        if (indent) {
            p.setIndentationFirstLine(INDENT);
        }
        XWPFRun run = p.createRun();
        // a line break where the words allow one (a title too long for a line, cut by meaning as GB/T 9704 asks)
        String[] lines = text.split("\n", -1);
        run.setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
        font(run, font);
        run.setFontSize(size);
        return p;
    }

    /** In English, Latin text in Times New Roman; Chinese names and descriptions keep the Chinese face. */
    private void font(XWPFRun run, String font) {
        String face = latin ? LATIN_FONT : font;
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(face, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(face, XWPFRun.FontCharRange.hAnsi);
    }

    /** "— 1 —" centred in the footer of every page: the PAGE field between two em dashes. */
    private void pageNumbers() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        pageNumberRun(p, "— ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        XWPFRun number = new XWPFRun(p.getCTP().getFldSimpleArray(0).addNewR(), p);
        number.setText("1");
        font(number, PAGE_NUMBER_FONT);
        number.setFontSize(SIHAO);
        pageNumberRun(p, " —");
    }

    private void pageNumberRun(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        font(run, PAGE_NUMBER_FONT);
        run.setFontSize(SIHAO);
    }

    /** The font table, so a reader without 方正小标宋简体 sets the title in 宋体 rather than a guess. */
    private void fontTable() throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
            try (OutputStream out = part.getOutputStream()) {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:font w:name=\"" + TITLE_FONT + "\"><w:altName w:val=\"" + TITLE_FALLBACK + "\"/>"
                        + "<w:charset w:val=\"86\"/><w:family w:val=\"script\"/><w:pitch w:val=\"variable\"/></w:font>"
                        + "</w:fonts>").getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** A4, GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private void pageSetup() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
    }

    private static BigInteger twips(int mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }
}
