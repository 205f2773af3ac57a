package org.kaohe.report.fivedontlets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.report.Numbers;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.AttendanceLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Vetoed;
import org.kaohe.section.SectionStanding;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * {@code notice-<YYYY-MM>.docx}: a draft 通报 for HR to finish, laid out as GB/T 9704-2012 lays out an official
 * document. 版头: the issuing office's mark (红色, 小标宋) and the document number as placeholders above a red line;
 * title in 小标宋 二号; body in 仿宋 三号, headings 一、 in 黑体, （一） in 楷体, 1. in 仿宋; 28 pt lines on A4 with
 * the standard margins; page numbers "— 1 —" in 宋体 四号 at the foot; 版记 (抄送, 印发) between lines at the end.
 * 方正小标宋简体 is not installed everywhere, so the font table names 宋体 as its stand-in. In English the Latin
 * text is set in Times New Roman.
 */
public final class NoticeDocx {

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
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** The space the general wording keeps around an ISO date, which a Chinese date does without: 时限 10月14日. */
    private static final Pattern SPACE_BY_CHINESE_DATE =
            Pattern.compile("(?<=日) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=\\d{1,2}月\\d{1,2}日)");
    /** Violations whose general wording carries an internal number (督办事项's 编号, a finding's 编号). */
    private static final Set<String> PLAIN_IN_NOTICE = Set.of("deadline.task_done", "deadline.task_open",
            "discipline.veto_finding", "discipline.section_bar");

    private final FiveDontLetsMonth month;
    private final Labels labels;
    private final XWPFDocument doc;
    private final List<String> ordinals;
    private final boolean latin;

    private NoticeDocx(FiveDontLetsMonth month, Labels labels, XWPFDocument doc) {
        this.month = month;
        this.labels = labels;
        this.doc = doc;
        this.ordinals = List.of(labels.get("notice.ordinals").split(","));
        this.latin = labels.get("notice.latin").equals("yes");
    }

    public static void write(Path file, FiveDontLetsMonth month, Messages messages) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            new NoticeDocx(month, new Labels(messages), doc).compose();
            doc.write(out);
        }
    }

    private void compose() throws IOException {
        pageSetup();
        fontTable();
        pageNumbers();
        masthead();
        paragraph(labels.get("notice.title", labels.month(month.month())), TITLE_FONT, ERHAO,
                ParagraphAlignment.CENTER, false);
        paragraph("", BODY_FONT, SANHAO, ParagraphAlignment.LEFT, false);
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
            if (!entries.isEmpty()) {
                subheading(labels.get("notice.subheading", ordinal(sub++), labels.full(d),
                        String.valueOf(entries.size())));
                if (month.listsEveryViolation()) {
                    bySection(entries);
                } else {
                    typicalAndTheRest(entries, month.typical(d));
                }
            }
        }
        heading(part++, labels.get("notice.heading.veto"));
        vetoes();
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
        colophon();
    }

    /** 发文机关标志 and 发文字号 as placeholders, then the red line under them. */
    private void masthead() {
        paragraph(labels.get("notice.issuer"), TITLE_FONT, MARK, ParagraphAlignment.CENTER, false).getRuns().get(0)
                .setColor(RED);
        paragraph("", BODY_FONT, SANHAO, ParagraphAlignment.CENTER, false);
        XWPFParagraph number = paragraph(labels.get("notice.number", String.valueOf(month.month().getYear())),
                BODY_FONT, SANHAO, ParagraphAlignment.CENTER, false);
        number.setBorderBottom(Borders.SINGLE);
        number.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
        number.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
        paragraph("", BODY_FONT, SANHAO, ParagraphAlignment.CENTER, false);
    }

    /** 版记: 抄送 and 印发 between a line above and a line below, at the end of the last page. */
    private void colophon() {
        paragraph("", BODY_FONT, SANHAO, ParagraphAlignment.LEFT, false);
        XWPFParagraph copies = paragraph(labels.get("notice.copies"), BODY_FONT, SIHAO, ParagraphAlignment.LEFT,
                false);
        copies.setBorderTop(Borders.SINGLE);
        copies.setBorderBottom(Borders.SINGLE);
        XWPFParagraph printed = paragraph(labels.get("notice.printed"), BODY_FONT, SIHAO, ParagraphAlignment.LEFT,
                false);
        printed.setBorderBottom(Borders.SINGLE);
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
                whole == 0 ? "" : labels.get("notice.opening.sections", String.valueOf(whole)),
                String.valueOf(month.peopleInvolved()), String.join(labels.get("fdl.separator"), parts));
    }

    /** One don't-let's violations under 1. 2. … per section, in the workbook's order of sections. */
    private void bySection(List<Entry> entries) {
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        entries.forEach(e -> sections.computeIfAbsent(e.violation().section(), s -> new ArrayList<>()).add(e));
        int n = 1;
        for (Map.Entry<String, List<Entry>> s : sections.entrySet()) {
            body(labels.get("notice.section", String.valueOf(n++), s.getKey(), String.valueOf(s.getValue().size())));
            for (Entry e : s.getValue()) {
                body(item(e));
            }
        }
    }

    /**
     * A month too large to list: the typical cases named as a small month's are, then the rest in one line that
     * sends the reader to the workbook.
     */
    private void typicalAndTheRest(List<Entry> entries, List<Entry> typical) {
        bySection(typical);
        Set<Entry> named = new HashSet<>(typical);
        List<Entry> rest = entries.stream().filter(e -> !named.contains(e)).toList();
        if (!rest.isEmpty()) {
            long sections = rest.stream().map(e -> e.violation().section()).distinct().count();
            body(labels.get(typical.isEmpty() ? "notice.rest_all" : "notice.rest", sections, rest.size()));
        }
    }

    /** 姓名：日期，事由，扣 N 分。 */
    private String item(Entry e) {
        Violation v = e.violation();
        String points = Labels.plain(v.points());
        return e.wholeSection()
                ? labels.get("notice.item.section", labels.day(v.date()), what(v.what()), points)
                : labels.get("notice.item.person", e.name(), labels.day(v.date()), what(v.what()), points);
    }

    private void vetoes() {
        if (month.vetoed().isEmpty()) {
            body(labels.get("notice.veto.none"));
            return;
        }
        body(labels.get("notice.veto.intro", String.valueOf(month.vetoed().size())));
        int named = month.listsEveryViolation() ? month.vetoed().size()
                : Math.min(month.vetoed().size(), month.report().typicalPerKind());
        for (Vetoed v : month.vetoed().subList(0, named)) {
            body(labels.get("notice.veto.person", v.section(), v.name(),
                    String.join(labels.get("fdl.separator"), v.reasons().stream().map(this::what).toList())));
        }
        if (named < month.vetoed().size()) {
            body(labels.get("notice.veto.rest", month.vetoed().size() - named));
        }
    }

    /** A violation or veto in the notice's words: Chinese dates, no internal numbers. */
    private String what(Msg m) {
        String text = PLAIN_IN_NOTICE.contains(m.key()) ? labels.get("notice.what." + m.key(), m.args()) : labels.get(m);
        Matcher date = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (date.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
            String day = labels.day(d);
            date.appendReplacement(out, Matcher.quoteReplacement(d.getYear() == month.month().getYear() ? day
                    : labels.get("notice.year", String.valueOf(d.getYear()), day)));
        }
        date.appendTail(out);
        return latin ? out.toString() : SPACE_BY_CHINESE_DATE.matcher(out).replaceAll("");
    }

    private void attendance() {
        AttendanceLine t = month.attendanceTotal();
        if (t.people() == 0) {
            body(labels.get("notice.attendance.clean"));
            return;
        }
        body(labels.get("notice.attendance.total", String.valueOf(t.late()), String.valueOf(t.early()),
                String.valueOf(t.missing()), Labels.plain(t.absentDays()), String.valueOf(t.people())));
        List<AttendanceLine> lines = month.attendance().stream().filter(a -> a.people() > 0).toList();
        int shown = month.report().chartSections();
        if (lines.size() > shown) {
            // the sections with the most people involved first, the rest in one line
            lines = lines.stream().sorted(Comparator.comparingInt(AttendanceLine::people).reversed()).toList();
            int people = lines.subList(shown, lines.size()).stream().mapToInt(AttendanceLine::people).sum();
            lines.subList(0, shown).forEach(this::sectionAttendance);
            body(labels.get("notice.attendance.rest", lines.size() - shown, people));
        } else {
            lines.forEach(this::sectionAttendance);
        }
    }

    private void sectionAttendance(AttendanceLine a) {
        body(labels.get("notice.attendance.section", a.section(), String.valueOf(a.late()), String.valueOf(a.early()),
                String.valueOf(a.missing()), Labels.plain(a.absentDays())));
    }

    private String ordinal(int i) {
        return i < ordinals.size() ? ordinals.get(i) : String.valueOf(i + 1);
    }

    private void heading(int index, String text) {
        paragraph(labels.get("notice.heading", ordinal(index), text), HEADING_FONT, SANHAO, ParagraphAlignment.LEFT,
                true);
    }

    private void subheading(String text) {
        paragraph(text, SUBHEADING_FONT, SANHAO, ParagraphAlignment.LEFT, true);
    }

    private void body(String text) {
        paragraph(text, BODY_FONT, SANHAO, ParagraphAlignment.BOTH, true);
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
