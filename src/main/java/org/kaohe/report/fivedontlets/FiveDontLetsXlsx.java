package org.kaohe.report.fivedontlets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.kaohe.common.Messages;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.report.MonthCounts;
import org.kaohe.report.Numbers;
import org.kaohe.report.XlsxCells;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.AttendanceLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Offender;
import org.kaohe.section.SectionStanding;

/**
 * {@code five-dont-lets-<YYYY-MM>.xlsx} for leaders and HR: counts per don't-let and section with a bar chart,
 * every violation with its source, repeat offenders, attendance discipline, the section ranking, and the trend
 * with a chart. Streamed (SXSSF) so a month with many violations stays flat in memory; the charts go on the
 * small count sheets through their XSSF sheets, as SXSSF's own drawing cannot make charts.
 */
public final class FiveDontLetsXlsx {

    private static final int CHART_ROWS = 20;

    private final FiveDontLetsMonth month;
    private final Labels labels;
    private final SXSSFWorkbook workbook;
    private final XlsxCells cells;

    private FiveDontLetsXlsx(FiveDontLetsMonth month, Labels labels, SXSSFWorkbook workbook) {
        this.month = month;
        this.labels = labels;
        this.workbook = workbook;
        this.cells = new XlsxCells(workbook);
    }

    public static void write(Path file, FiveDontLetsMonth month, Messages messages) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
             OutputStream out = Files.newOutputStream(file)) {
            FiveDontLetsXlsx x = new FiveDontLetsXlsx(month, new Labels(messages), wb);
            x.summary();
            x.violations();
            x.offenders();
            x.attendance();
            x.ranking();
            x.trend();
            wb.write(out);
        }
    }

    private void summary() {
        Sheet sheet = workbook.createSheet(labels.get("fdl.sheet.summary"));
        cells.title(sheet, 0, labels.get("fdl.title", labels.month(month.month())));
        cells.note(sheet, 1, labels.get("fdl.totals", String.valueOf(month.counts().total()),
                String.valueOf(month.peopleInvolved()), String.valueOf(month.wholeSectionViolations())));
        SectionStanding civilized = month.civilized();
        cells.note(sheet, 2, civilized == null ? labels.get("fdl.no_civilized")
                : labels.get("fdl.civilized", civilized.section(),
                        Numbers.points(civilized.score())));
        int headerRow = 4;
        cells.header(sheet, headerRow, labels.countHeader("fdl.col.section"));
        int r = headerRow + 1;
        List<int[]> values = new ArrayList<>();
        for (String section : month.sections()) {
            int[] n = month.counts().row(section);
            values.add(n);
            countRow(cells.row(sheet, r++), section, n);
        }
        countRow(cells.row(sheet, r), labels.get("fdl.col.total"), month.counts().totals());
        sheet.createFreezePane(0, headerRow + 1);
        cells.fitColumns(sheet);
        barChart(sheet, labels.get("fdl.chart.by_section"), month.sections(), headerRow + 1, values, r + 2);
    }

    /** A name, a count per don't-let and their sum. */
    private void countRow(Row row, String name, int[] n) {
        cells.text(row, 0, name);
        int sum = 0;
        for (int i = 0; i < n.length; i++) {
            cells.integer(row, i + 1, n[i]);
            sum += n[i];
        }
        cells.integer(row, n.length + 1, sum);
    }

    private void violations() {
        Sheet sheet = workbook.createSheet(labels.get("fdl.sheet.violations"));
        cells.header(sheet, 0, List.of(labels.get("fdl.col.dontlet"), labels.get("fdl.col.id"),
                labels.get("fdl.col.name"), labels.get("fdl.col.section"), labels.get("fdl.col.date"),
                labels.get("fdl.col.points"), labels.get("fdl.col.what"), labels.get("fdl.col.file"),
                labels.get("fdl.col.sheet"), labels.get("fdl.col.row")));
        int r = 1;
        for (Entry e : month.violations()) {
            Violation v = e.violation();
            Row row = sheet.createRow(r++);
            cells.text(row, 0, labels.full(v.dontLet()));
            cells.text(row, 1, v.employeeId());
            cells.text(row, 2, labels.who(e));
            cells.text(row, 3, v.section());
            cells.date(row, 4, v.date());
            cells.points(row, 5, v.points());
            cells.text(row, 6, labels.get(v.what()));
            cells.text(row, 7, v.source().file());
            cells.text(row, 8, v.source().sheet());
            cells.integer(row, 9, v.source().row());
        }
        cells.table(sheet, 0, r - 1, 10);
        cells.fitColumns(sheet);
    }

    private void offenders() {
        Sheet sheet = workbook.createSheet(labels.get("fdl.sheet.offenders"));
        cells.header(sheet, 0, List.of(labels.get("fdl.col.id"), labels.get("fdl.col.name"),
                labels.get("fdl.col.section"), labels.get("fdl.col.count"), labels.get("fdl.col.kinds"),
                labels.get("fdl.col.points_total"), labels.get("fdl.col.repeated")));
        int r = 1;
        for (Offender o : month.repeatOffenders()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, o.employeeId());
            cells.text(row, 1, o.name());
            cells.text(row, 2, o.section());
            cells.integer(row, 3, o.violations());
            cells.text(row, 4, labels.briefs(o.dontLets()));
            cells.points(row, 5, o.points());
            cells.text(row, 6, labels.yesNo(o.repeatedItem()));
        }
        cells.table(sheet, 0, r - 1, 7);
        cells.note(sheet, r + 1, labels.get("fdl.offenders.note"));
        cells.fitColumns(sheet);
    }

    private void attendance() {
        Sheet sheet = workbook.createSheet(labels.get("fdl.sheet.attendance"));
        cells.header(sheet, 0, List.of(labels.get("fdl.col.section"), labels.get("fdl.col.late"),
                labels.get("fdl.col.early"), labels.get("fdl.col.missing"), labels.get("fdl.col.absent"),
                labels.get("fdl.col.people")));
        int r = 1;
        for (AttendanceLine a : month.attendance()) {
            attendanceRow(sheet.createRow(r++), a.section(), a);
        }
        attendanceRow(sheet.createRow(r), labels.get("fdl.col.total"), month.attendanceTotal());
        sheet.createFreezePane(0, 1);
        cells.note(sheet, r + 2, labels.get("fdl.attendance.note"));
        cells.fitColumns(sheet);
    }

    private void attendanceRow(Row row, String name, AttendanceLine a) {
        cells.text(row, 0, name);
        cells.integer(row, 1, a.late());
        cells.integer(row, 2, a.early());
        cells.integer(row, 3, a.missing());
        cells.points(row, 4, a.absentDays());
        cells.integer(row, 5, a.people());
    }

    private void ranking() {
        Sheet sheet = workbook.createSheet(labels.get("fdl.sheet.ranking"));
        cells.header(sheet, 0, List.of(labels.get("fdl.col.rank"), labels.get("fdl.col.section"),
                labels.get("fdl.col.graded"), labels.get("fdl.col.mean"), labels.get("fdl.col.section_deduction"),
                labels.get("fdl.col.score"), labels.get("fdl.col.count"), labels.get("fdl.col.vetoed"),
                labels.get("fdl.col.civilized")));
        int r = 1;
        for (SectionStanding s : month.standings()) {
            Row row = sheet.createRow(r++);
            if (s.ranked()) {
                cells.integer(row, 0, s.rank());
            } else {
                cells.text(row, 0, labels.get("fdl.not_ranked"));
            }
            cells.text(row, 1, s.section());
            cells.integer(row, 2, s.gradedMembers());
            cells.points(row, 3, s.meanScore());
            cells.points(row, 4, s.findings().deduction());
            cells.points(row, 5, s.score());
            cells.integer(row, 6, s.violations());
            cells.text(row, 7, vetoed(s));
            cells.text(row, 8, s.civilized() ? labels.get("fdl.civilized_mark") : "");
        }
        cells.table(sheet, 0, r - 1, 9);
        cells.fitColumns(sheet);
    }

    private String vetoed(SectionStanding s) {
        return String.join(labels.get("fdl.separator"), s.vetoedMembers().stream()
                .map(id -> id + " " + month.names().getOrDefault(id, "")).toList());
    }

    private void trend() {
        Sheet sheet = workbook.createSheet(labels.get("fdl.sheet.trend"));
        cells.header(sheet, 0, labels.countHeader("fdl.col.month"));
        int r = 1;
        List<String> months = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        for (MonthCounts m : month.trend()) {
            String name = labels.month(m.month());
            months.add(name);
            values.add(m.totals());
            countRow(sheet.createRow(r++), name, m.totals());
        }
        sheet.createFreezePane(0, 1);
        cells.note(sheet, r + 1, labels.get("fdl.trend.note"));
        cells.fitColumns(sheet);
        barChart(sheet, labels.get("fdl.chart.trend"), months, 1, values, r + 3);
    }

    /**
     * A clustered bar chart, one series per don't-let (colours as on the web page), over categories held in column
     * A from {@code firstRow} and the counts beside them; the values are cached in the chart too.
     */
    private void barChart(Sheet sheet, String title, List<String> categories, int firstRow, List<int[]> values,
                          int anchorRow) {
        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 10, anchorRow + CHART_ROWS);
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
