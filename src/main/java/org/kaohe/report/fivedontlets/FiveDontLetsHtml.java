package org.kaohe.report.fivedontlets;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.kaohe.common.Messages;
import org.kaohe.discipline.Violation;
import org.kaohe.report.MonthCounts;
import org.kaohe.report.Numbers;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.AttendanceLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.CountLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Offender;
import org.kaohe.section.SectionStanding;

/**
 * {@code five-dont-lets-<YYYY-MM>.html}: the same report as the workbook on one self-contained page (inline CSS
 * and SVG charts, no script, nothing fetched) that prints on A4 with table headers repeated on each page. Every
 * text that comes from the input is escaped.
 */
public final class FiveDontLetsHtml {

    private static final String CSS = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","SimSun",sans-serif;font-size:14px;\
            color:#222;margin:24px auto;max-width:1100px;padding:0 16px}
            h1{font-size:22px;text-align:center;margin:0 0 8px}
            h2{font-size:17px;border-left:4px solid #1F4E79;padding-left:8px;margin:28px 0 10px}
            p.lead{text-align:center;margin:4px 0}
            table{border-collapse:collapse;width:100%;margin:6px 0}
            th,td{border:1px solid #999;padding:4px 6px;vertical-align:top}
            td{white-space:nowrap}
            td.w{white-space:normal}
            th{background:#e8e8e8;font-weight:bold}
            td.n{text-align:right}
            tr.total td{font-weight:bold;background:#f4f4f4}
            p.note{color:#555;font-size:12px}
            svg{display:block;margin:8px auto;max-width:100%;height:auto}
            svg text{font-size:12px;fill:#222}
            @page{size:A4;margin:15mm 12mm}
            @media print{body{margin:0;max-width:none;font-size:11pt}thead{display:table-header-group}\
            tr,svg{break-inside:avoid;page-break-inside:avoid}h2{break-after:avoid;page-break-after:avoid}\
            h2.page{break-before:page;page-break-before:always}}
            """;

    private final FiveDontLetsMonth month;
    private final Labels labels;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private FiveDontLetsHtml(FiveDontLetsMonth month, Labels labels) {
        this.month = month;
        this.labels = labels;
    }

    public static void write(Path file, FiveDontLetsMonth month, Messages messages) throws IOException {
        FiveDontLetsHtml page = new FiveDontLetsHtml(month, new Labels(messages));
        page.page();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(page.html.toString());
        }
    }

    private void page() {
        String title = labels.get("fdl.title", labels.month(month.month()));
        html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(labels.get("fdl.html.lang"))).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        lead(labels.get("fdl.totals", String.valueOf(month.counts().total()), String.valueOf(month.peopleInvolved()),
                String.valueOf(month.wholeSectionViolations())));
        SectionStanding civilized = month.civilized();
        lead(civilized == null ? labels.get("fdl.no_civilized")
                : labels.get("fdl.civilized", civilized.section(), Numbers.points(civilized.score())));
        summary();
        violations();
        offenders();
        attendance();
        ranking();
        trend();
        html.append("</body>\n</html>\n");
    }

    private void summary() {
        heading(false, "fdl.sheet.summary");
        startTable("counts", labels.countHeader("fdl.col.section"));
        List<String> names = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        for (CountLine line : month.countLines()) {
            names.add(labels.name(line));
            values.add(line.counts());
            countRow("", labels.name(line), line.counts());
        }
        countRow(" class=\"total\"", labels.get("fdl.col.total"), month.counts().totals());
        endTable();
        if (names.size() < month.sections().size()) {
            note(labels.othersNote(month));
        }
        html.append(new BarChartSvg(labels).render(labels.get("fdl.chart.by_section"), names, values));
    }

    private void countRow(String attributes, String name, int[] n) {
        html.append("<tr").append(attributes).append("><td>").append(esc(name)).append("</td>");
        int sum = 0;
        for (int v : n) {
            number(String.valueOf(v));
            sum += v;
        }
        number(String.valueOf(sum));
        html.append("</tr>\n");
    }

    private void violations() {
        heading(true, "fdl.sheet.violations");
        if (month.violations().isEmpty()) {
            note(labels.get("fdl.none"));
            return;
        }
        startTable("violations", List.of(labels.get("fdl.col.dontlet"), labels.get("fdl.col.id"),
                labels.get("fdl.col.name"), labels.get("fdl.col.section"), labels.get("fdl.col.date"),
                labels.get("fdl.col.points"), labels.get("fdl.col.what"), labels.get("fdl.col.source")));
        for (Entry e : month.violations()) {
            Violation v = e.violation();
            html.append("<tr>");
            cell(labels.brief(v.dontLet()));
            cell(v.employeeId() == null ? "" : v.employeeId());
            cell(labels.who(e));
            cell(v.section());
            cell(v.date().toString());
            number(Numbers.points(v.points()));
            wide(labels.get(v.what()));
            wide(v.source().label());
            html.append("</tr>\n");
        }
        endTable();
    }

    private void offenders() {
        heading(false, "fdl.sheet.offenders");
        note(labels.get("fdl.offenders.note"));
        if (month.repeatOffenders().isEmpty()) {
            return;
        }
        startTable("offenders", List.of(labels.get("fdl.col.id"), labels.get("fdl.col.name"),
                labels.get("fdl.col.section"), labels.get("fdl.col.count"), labels.get("fdl.col.kinds"),
                labels.get("fdl.col.points_total"), labels.get("fdl.col.repeated")));
        for (Offender o : month.repeatOffenders()) {
            html.append("<tr>");
            cell(o.employeeId());
            cell(o.name());
            cell(o.section());
            number(String.valueOf(o.violations()));
            cell(labels.briefs(o.dontLets()));
            number(Numbers.points(o.points()));
            cell(labels.yesNo(o.repeatedItem()));
            html.append("</tr>\n");
        }
        endTable();
    }

    private void attendance() {
        heading(false, "fdl.sheet.attendance");
        note(labels.get("fdl.attendance.note"));
        startTable("attendance", List.of(labels.get("fdl.col.section"), labels.get("fdl.col.late"),
                labels.get("fdl.col.early"), labels.get("fdl.col.missing"), labels.get("fdl.col.absent"),
                labels.get("fdl.col.people")));
        for (AttendanceLine a : month.attendance()) {
            attendanceRow("", a.section(), a);
        }
        attendanceRow(" class=\"total\"", labels.get("fdl.col.total"), month.attendanceTotal());
        endTable();
    }

    private void attendanceRow(String attributes, String name, AttendanceLine a) {
        html.append("<tr").append(attributes).append(">");
        cell(name);
        number(String.valueOf(a.late()));
        number(String.valueOf(a.early()));
        number(String.valueOf(a.missing()));
        number(Numbers.days(a.absentDays()));
        number(String.valueOf(a.people()));
        html.append("</tr>\n");
    }

    private void ranking() {
        heading(false, "fdl.sheet.ranking");
        startTable("ranking", List.of(labels.get("fdl.col.rank"), labels.get("fdl.col.section"),
                labels.get("fdl.col.graded"), labels.get("fdl.col.mean"), labels.get("fdl.col.section_deduction"),
                labels.get("fdl.col.score"), labels.get("fdl.col.count"), labels.get("fdl.col.vetoed"),
                labels.get("fdl.col.civilized")));
        for (SectionStanding s : month.standings()) {
            html.append("<tr>");
            cell(s.ranked() ? String.valueOf(s.rank()) : labels.get("fdl.not_ranked"));
            cell(s.section());
            number(String.valueOf(s.gradedMembers()));
            number(s.meanScore() == null ? "" : Numbers.points(s.meanScore()));
            number(Numbers.points(s.findings().deduction()));
            number(s.score() == null ? "" : Numbers.points(s.score()));
            number(String.valueOf(s.violations()));
            cell(String.join(labels.get("fdl.separator"), s.vetoedMembers().stream()
                    .map(id -> id + " " + month.names().getOrDefault(id, "")).toList()));
            cell(s.civilized() ? labels.get("fdl.civilized_mark") : "");
            html.append("</tr>\n");
        }
        endTable();
    }

    private void trend() {
        heading(false, "fdl.sheet.trend");
        note(labels.get("fdl.trend.note"));
        startTable("trend", labels.countHeader("fdl.col.month"));
        List<String> months = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        for (MonthCounts m : month.trend()) {
            months.add(labels.month(m.month()));
            values.add(m.totals());
            countRow("", labels.month(m.month()), m.totals());
        }
        endTable();
        html.append(new BarChartSvg(labels).render(labels.get("fdl.chart.trend"), months, values));
    }

    /** A part's heading; the long violation list starts on a new printed page. */
    private void heading(boolean newPage, String key) {
        html.append(newPage ? "<h2 class=\"page\">" : "<h2>").append(esc(labels.get(key))).append("</h2>\n");
    }

    private void lead(String text) {
        html.append("<p class=\"lead\">").append(esc(text)).append("</p>\n");
    }

    private void note(String text) {
        html.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
    }

    private void startTable(String id, List<String> header) {
        html.append("<table id=\"").append(id).append("\">\n<thead><tr>");
        for (String h : header) {
            html.append("<th>").append(esc(h)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
    }

    private void endTable() {
        html.append("</tbody>\n</table>\n");
    }

    private void cell(String text) {
        html.append("<td>").append(esc(text)).append("</td>");
    }

    /** A long text (a description) that wraps; other cells keep to one line. */
    private void wide(String text) {
        html.append("<td class=\"w\">").append(esc(text)).append("</td>");
    }

    private void number(String text) {
        html.append("<td class=\"n\">").append(esc(text)).append("</td>");
    }

    static String esc(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
