package org.kaohe.report.fivedontlets;

import static org.kaohe.report.xlsx.XlsxCell.date;
import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.kaohe.common.Messages;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.report.MonthCounts;
import org.kaohe.report.Numbers;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.AttendanceLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.CountLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Offender;
import org.kaohe.report.xlsx.Form;
import org.kaohe.report.xlsx.XlsxBook;
import org.kaohe.report.xlsx.XlsxCell;
import org.kaohe.report.xlsx.XlsxSheet;
import org.kaohe.section.SectionStanding;

/**
 * {@code five-dont-lets-<YYYY-MM>.xlsx} for leaders and HR: counts per don't-let and section with a bar chart,
 * every violation with its source, repeat offenders, attendance discipline, the section ranking, and the trend
 * with a chart. Written as an {@link XlsxBook} made for charts (streamed, so a month with many violations stays flat in memory);
 * the charts go on the small count sheets through their XSSF sheets.
 */
public final class FiveDontLetsXlsx {

    private static final int CHART_ROWS = 20;

    private final FiveDontLetsMonth month;
    private final Labels labels;
    private final XlsxBook book;

    private FiveDontLetsXlsx(FiveDontLetsMonth month, Labels labels, XlsxBook book) {
        this.month = month;
        this.labels = labels;
        this.book = book;
    }

    public static void write(Path file, FiveDontLetsMonth month, Messages messages) throws IOException {
        try (XlsxBook book = XlsxBook.withCharts(file, messages.get("perf.print.footer"))) {
            FiveDontLetsXlsx x = new FiveDontLetsXlsx(month, new Labels(messages), book);
            x.summary();
            x.violations();
            x.offenders();
            x.attendance();
            x.ranking();
            x.trend();
            book.save();
        }
    }

    private void summary() {
        SectionStanding civilized = month.civilized();
        XlsxSheet sheet = book.sheet(labels.get("fdl.sheet.summary"), title("fdl.form.summary"),
                List.of(labels.get("fdl.totals", String.valueOf(month.counts().total()),
                                String.valueOf(month.peopleInvolved()), String.valueOf(month.wholeSectionViolations())),
                        civilized == null ? labels.get("fdl.no_civilized")
                                : labels.get("fdl.civilized", civilized.section(), Numbers.points(civilized.score()))),
                labels.countHeader("fdl.col.section")).withoutFilter().onePage();
        int firstRow = sheet.rows();
        List<String> names = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        for (CountLine line : month.countLines()) {
            names.add(labels.name(line));
            values.add(line.counts());
            sheet.row(countRow(labels.name(line), line.counts()));
        }
        sheet.row(Form.total(countRow(labels.get("fdl.col.total"), month.counts().totals())));
        if (names.size() < month.sections().size()) {
            sheet.note(labels.othersNote(month));
        }
        chartAndSignOff(sheet, labels.get("fdl.chart.by_section"), names, firstRow, values);
    }

    /** {单位}{月份}{表名}, the title of each sheet. */
    private String title(String key) {
        return Form.title(labels.messages(), month.office(), month.month(), key);
    }

    /** A name, a count per don't-let and their sum. */
    private static List<XlsxCell> countRow(String name, int[] n) {
        List<XlsxCell> row = new ArrayList<>();
        row.add(text(name));
        int sum = 0;
        for (int v : n) {
            row.add(integer(v));
            sum += v;
        }
        row.add(integer(sum));
        return row;
    }

    private void violations() {
        XlsxSheet sheet = book.sheet(labels.get("fdl.sheet.violations"), title("fdl.form.violations"), List.of(),
                List.of(labels.get("fdl.col.dontlet"), labels.get("fdl.col.id"), labels.get("fdl.col.name"),
                        labels.get("fdl.col.section"), labels.get("fdl.col.date"), labels.get("fdl.col.points"),
                        labels.get("fdl.col.what"), labels.get("fdl.col.file"), labels.get("fdl.col.sheet"),
                        labels.get("fdl.col.row")));
        for (Entry e : month.violations()) {
            Violation v = e.violation();
            sheet.row(text(labels.full(v.dontLet())), text(v.employeeId()), text(labels.who(e)), text(v.section()),
                    date(v.date()), points(v.points()).alertIf(true), text(labels.get(v.what())),
                    text(v.source().file()), text(v.source().sheet()), integer(v.source().row()));
        }
        signOff(sheet);
    }

    private void offenders() {
        XlsxSheet sheet = book.sheet(labels.get("fdl.sheet.offenders"), title("fdl.form.offenders"), List.of(),
                List.of(labels.get("fdl.col.id"), labels.get("fdl.col.name"), labels.get("fdl.col.section"),
                        labels.get("fdl.col.count"), labels.get("fdl.col.kinds"), labels.get("fdl.col.points_total"),
                        labels.get("fdl.col.repeated"))).keyColumns(2);
        for (Offender o : month.repeatOffenders()) {
            sheet.row(text(o.employeeId()), text(o.name()), text(o.section()), integer(o.violations()),
                    text(labels.briefs(o.dontLets())), points(o.points()).alertIf(true),
                    text(labels.yesNo(o.repeatedItem())).alertIf(o.repeatedItem()));
        }
        sheet.note(labels.get("fdl.offenders.note"));
        signOff(sheet);
    }

    private void attendance() {
        XlsxSheet sheet = book.sheet(labels.get("fdl.sheet.attendance"), title("fdl.form.attendance"), List.of(),
                List.of(labels.get("fdl.col.section"), labels.get("fdl.col.late"), labels.get("fdl.col.early"),
                        labels.get("fdl.col.missing"), labels.get("fdl.col.absent"), labels.get("fdl.col.people")))
                .withoutFilter();
        for (AttendanceLine a : month.attendance()) {
            sheet.row(attendanceRow(a.section(), a));
        }
        sheet.row(Form.total(attendanceRow(labels.get("fdl.col.total"), month.attendanceTotal())));
        sheet.note(labels.get("fdl.attendance.note"));
        signOff(sheet);
    }

    private static List<XlsxCell> attendanceRow(String name, AttendanceLine a) {
        return List.of(text(name), integer(a.late()).alertIf(a.late() > 0), integer(a.early()).alertIf(a.early() > 0),
                integer(a.missing()).alertIf(a.missing() > 0),
                points(a.absentDays()).alertIf(a.absentDays().signum() > 0), integer(a.people()));
    }

    private void ranking() {
        XlsxSheet sheet = book.sheet(labels.get("fdl.sheet.ranking"), title("fdl.form.ranking"), List.of(),
                List.of(labels.get("fdl.col.rank"), labels.get("fdl.col.section"), labels.get("fdl.col.graded"),
                        labels.get("fdl.col.mean"), labels.get("fdl.col.section_deduction"),
                        labels.get("fdl.col.score"), labels.get("fdl.col.count"), labels.get("fdl.col.vetoed"),
                        labels.get("fdl.col.civilized")));
        for (SectionStanding s : month.standings()) {
            sheet.row(s.ranked() ? integer(s.rank()) : text(labels.get("fdl.not_ranked")).alertIf(true),
                    text(s.section()), integer(s.gradedMembers()), points(s.meanScore()),
                    points(s.findings().deduction()).alertIf(s.findings().deduction().signum() > 0),
                    points(s.score()), integer(s.violations()),
                    text(vetoed(s)).alertIf(!s.vetoedMembers().isEmpty()),
                    text(s.civilized() ? labels.get("fdl.civilized_mark") : ""));
        }
        signOff(sheet);
    }

    private String vetoed(SectionStanding s) {
        return String.join(labels.get("fdl.separator"), s.vetoedMembers().stream()
                .map(id -> id + " " + month.names().getOrDefault(id, "")).toList());
    }

    private void trend() {
        XlsxSheet sheet = book.sheet(labels.get("fdl.sheet.trend"), title("fdl.form.trend"), List.of(),
                labels.countHeader("fdl.col.month")).withoutFilter().onePage();
        int firstRow = sheet.rows();
        List<String> months = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        for (MonthCounts m : month.trend()) {
            String name = labels.month(m.month());
            months.add(name);
            values.add(m.totals());
            sheet.row(countRow(name, m.totals()));
        }
        sheet.note(labels.get("fdl.trend.note"));
        chartAndSignOff(sheet, labels.get("fdl.chart.trend"), months, firstRow, values);
    }

    private void signOff(XlsxSheet sheet) {
        Form.signOff(sheet, labels.messages());
    }

    /** The chart under the table, then the sign-off under the chart, at the foot of the printed page. */
    private void chartAndSignOff(XlsxSheet sheet, String title, List<String> categories, int firstRow,
                                 List<int[]> values) {
        barChart(sheet, title, categories, firstRow, values, sheet.space(CHART_ROWS + 1) + 1);
        signOff(sheet);
    }

    /** Points, days and scores, shown with two decimals. */
    private static XlsxCell points(BigDecimal value) {
        return number(value, XlsxCell.Format.TWO);
    }

    /**
     * A clustered bar chart, one series per don't-let (colours as on the web page), over categories held in column
     * A from {@code firstRow} and the counts beside them; the values are cached in the chart too. Its top is at
     * {@code anchorRow}, {@value #CHART_ROWS} rows high.
     */
    private void barChart(XlsxSheet table, String title, List<String> categories, int firstRow, List<int[]> values,
                          int anchorRow) {
        XSSFSheet sheet = table.chartSheet();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // as wide as the table, so the page is scaled for the table and the chart alike
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, DontLet.values().length + 2,
                anchorRow + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMinimum(0);
        int lastRow = firstRow + categories.size() - 1;
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories.toArray(new String[0]),
                new CellRangeAddress(firstRow, lastRow, 0, 0).formatAsString(sheet.getSheetName(), true));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (DontLet d : DontLet.values()) {
            int col = d.ordinal() + 1;
            Integer[] n = values.stream().map(v -> v[d.ordinal()]).toArray(Integer[]::new);
            XDDFChartData.Series s = data.addSeries(cats, XDDFDataSourcesFactory.fromArray(n,
                    new CellRangeAddress(firstRow, lastRow, col, col).formatAsString(sheet.getSheetName(), true)));
            s.setTitle(labels.brief(d), null);
            s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Palette.rgb(d))));
        }
        chart.plot(data);
    }
}
