package org.kaohe.report.fivedontlets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.kaohe.common.Messages;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.report.Numbers;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.AttendanceLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;
import org.kaohe.section.SectionStanding;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * {@code notice-<YYYY-MM>.docx}: a draft 通报 for HR to edit before publishing, laid out as a Chinese official
 * document (GB/T 9704): A4 with its margins, title 黑体 二号, first-level headings 黑体 三号, second-level 楷体 三号,
 * body 仿宋 三号 with a two-character first-line indent and a fixed 28 pt line spacing; the issuing office and
 * date are left as bracketed placeholders.
 */
public final class NoticeDocx {

    private static final String TITLE_FONT = "黑体";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体";
    private static final String BODY_FONT = "仿宋";
    /** 二号 and 三号 in points. */
    private static final int ERHAO = 22;
    private static final int SANHAO = 16;
    private static final int LINE_POINTS = 28;
    /** Two characters of 三号 in twentieths of a point. */
    private static final int INDENT = 2 * SANHAO * 20;
    /** Millimetres to twentieths of a point. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private final FiveDontLetsMonth month;
    private final Labels labels;
    private final XWPFDocument doc;
    private final List<String> ordinals;

    private NoticeDocx(FiveDontLetsMonth month, Labels labels, XWPFDocument doc) {
        this.month = month;
        this.labels = labels;
        this.doc = doc;
        this.ordinals = List.of(labels.get("notice.ordinals").split(","));
    }

    public static void write(Path file, FiveDontLetsMonth month, Messages messages) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            new NoticeDocx(month, new Labels(messages), doc).compose();
            doc.write(out);
        }
    }

    private void compose() {
        pageSetup();
        paragraph(labels.get("notice.title", labels.month(month.month())), TITLE_FONT, ERHAO,
                ParagraphAlignment.CENTER, false);
        paragraph(labels.get("notice.to"), BODY_FONT, SANHAO, ParagraphAlignment.LEFT, false);
        body(opening());
        int part = 0;
        heading(part++, labels.get("notice.heading.dontlets"));
        if (month.violations().isEmpty()) {
            body(labels.get("notice.none"));
        }
        int sub = 0;
        for (DontLet d : DontLet.values()) {
            List<Entry> entries = month.violations(d);
            if (entries.isEmpty()) {
                continue;
            }
            paragraph(labels.get("notice.subheading", ordinal(sub++), labels.full(d), String.valueOf(entries.size())),
                    SUBHEADING_FONT, SANHAO, ParagraphAlignment.LEFT, true);
            for (Entry e : entries) {
                body(item(e));
            }
        }
        heading(part++, labels.get("notice.heading.civilized"));
        SectionStanding civilized = month.civilized();
        body(civilized == null ? labels.get("notice.no_civilized")
                : labels.get("notice.civilized", civilized.section(), Numbers.points(civilized.score()),
                        labels.month(month.month())));
        heading(part, labels.get("notice.heading.attendance"));
        attendance();
        body(labels.get("notice.closing"));
        paragraph("", BODY_FONT, SANHAO, ParagraphAlignment.RIGHT, false);
        paragraph(labels.get("notice.signer"), BODY_FONT, SANHAO, ParagraphAlignment.RIGHT, false);
        paragraph(labels.get("notice.date"), BODY_FONT, SANHAO, ParagraphAlignment.RIGHT, false);
    }

    private String opening() {
        String when = labels.month(month.month());
        if (month.violations().isEmpty()) {
            return labels.get("notice.opening_none", when);
        }
        List<String> parts = new ArrayList<>();
        for (DontLet d : DontLet.values()) {
            parts.add(labels.get("notice.count", labels.brief(d), String.valueOf(month.counts().total(d))));
        }
        long whole = month.wholeSectionViolations();
        return labels.get("notice.opening", when, String.valueOf(month.counts().total()),
                String.valueOf(month.peopleInvolved()),
                whole == 0 ? "" : labels.get("notice.opening.sections", String.valueOf(whole)),
                String.join(labels.get("fdl.separator"), parts));
    }

    /** 科室 姓名：日期，事由，扣 N 分。 */
    private String item(Entry e) {
        Violation v = e.violation();
        String points = Labels.plain(v.points());
        return e.wholeSection()
                ? labels.get("notice.item.section", v.section(), labels.day(v.date()), labels.get(v.what()), points)
                : labels.get("notice.item.person", v.section(), e.name(), labels.day(v.date()), labels.get(v.what()),
                        points);
    }

    private void attendance() {
        AttendanceLine t = month.attendanceTotal();
        if (t.people() == 0) {
            body(labels.get("notice.attendance.clean"));
            return;
        }
        body(labels.get("notice.attendance.total", String.valueOf(t.late()), String.valueOf(t.early()),
                String.valueOf(t.missing()), Labels.plain(t.absentDays()), String.valueOf(t.people())));
        for (AttendanceLine a : month.attendance()) {
            if (a.people() > 0) {
                body(labels.get("notice.attendance.section", a.section(), String.valueOf(a.late()),
                        String.valueOf(a.early()), String.valueOf(a.missing()), Labels.plain(a.absentDays())));
            }
        }
    }

    private String ordinal(int i) {
        return i < ordinals.size() ? ordinals.get(i) : String.valueOf(i + 1);
    }

    private void heading(int index, String text) {
        paragraph(labels.get("notice.heading", ordinal(index), text), HEADING_FONT, SANHAO, ParagraphAlignment.LEFT,
                true);
    }

    private void body(String text) {
        paragraph(text, BODY_FONT, SANHAO, ParagraphAlignment.BOTH, true);
    }

    private void paragraph(String text, String font, int size, ParagraphAlignment align, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        if (indent) {
            p.setIndentationFirstLine(INDENT);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
    }

    /** A4, GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private void pageSetup() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
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
