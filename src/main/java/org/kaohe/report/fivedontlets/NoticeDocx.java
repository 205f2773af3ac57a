package org.kaohe.report.fivedontlets;

import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.report.Numbers;
import org.kaohe.report.docx.OfficialDocx;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.AttendanceLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Vetoed;
import org.kaohe.section.SectionStanding;

/**
 * {@code notice-<YYYY-MM>.docx}: a draft 通报 for HR to finish, laid out as an {@link OfficialDocx}: the issuing
 * office's mark and the document number as placeholders, the title, the body under 一、（一）1. levels, 版记.
 */
public final class NoticeDocx {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** The space the general wording keeps around an ISO date, which a Chinese date does without: 时限 10月14日. */
    private static final Pattern SPACE_BY_CHINESE_DATE =
            Pattern.compile("(?<=日) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=\\d{1,2}月\\d{1,2}日)");
    /** Violations whose general wording carries an internal number (督办事项's 编号, a finding's 编号). */
    private static final Set<String> PLAIN_IN_NOTICE = Set.of("deadline.task_done", "deadline.task_open",
            "discipline.veto_finding", "discipline.section_bar");

    private final FiveDontLetsMonth month;
    private final Labels labels;
    private final OfficialDocx doc;
    private final List<String> ordinals;
    private final boolean latin;

    private NoticeDocx(FiveDontLetsMonth month, Labels labels, XWPFDocument doc) throws IOException {
        this.month = month;
        this.labels = labels;
        this.latin = labels.get("notice.latin").equals("yes");
        this.doc = new OfficialDocx(doc, latin);
        this.ordinals = List.of(labels.get("notice.ordinals").split(","));
    }

    public static void write(Path file, FiveDontLetsMonth month, Messages messages) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            new NoticeDocx(month, new Labels(messages), doc).compose();
            doc.write(out);
        }
    }

    private void compose() {
        doc.masthead(labels.get("notice.issuer"), labels.get("notice.number", String.valueOf(month.month().getYear())));
        doc.title(labels.get("notice.title", labels.month(month.month())));
        doc.blank(ParagraphAlignment.LEFT);
        doc.line(labels.get("notice.to"), ParagraphAlignment.LEFT);
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
        doc.blank(ParagraphAlignment.RIGHT);
        doc.line(labels.get("notice.signer"), ParagraphAlignment.RIGHT);
        doc.line(labels.get("notice.date"), ParagraphAlignment.RIGHT);
        doc.colophon(labels.get("notice.copies"), labels.get("notice.printed"));
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
        doc.heading(labels.get("notice.heading", ordinal(index), text));
    }

    private void subheading(String text) {
        doc.subheading(text);
    }

    private void body(String text) {
        doc.body(text);
    }
}
