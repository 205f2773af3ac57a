package org.kaohe.report.year;

import static org.kaohe.report.xlsx.XlsxCell.empty;
import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaohe.common.Messages;
import org.kaohe.report.Numbers;
import org.kaohe.report.xlsx.Form;
import org.kaohe.report.xlsx.XlsxBook;
import org.kaohe.report.xlsx.XlsxCell;
import org.kaohe.report.xlsx.XlsxSheet;
import org.kaohe.scoring.Grade;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearTally;

/**
 * 年度汇总, the year's form: a title (单位, 年度, 表名) and the grades' count, one row per person with the twelve
 * months (得分 and 等次 together in one cell, so the form prints one page wide; a month not run, not rated or
 * without the person says so), the counts of the monthly grades, 年度得分 and its charges, the year grade, award,
 * 考核奖 and the reason for the grade; problems in red, a 合计 row, the sign-off block.
 */
final class YearForm {

    private static final int KEY_COLUMNS = 2;

    private final YearReport report;
    private final Messages m;
    private final GradeReason reasons;

    YearForm(YearReport report) {
        this.report = report;
        this.m = report.messages();
        this.reasons = new GradeReason(report.rules(), m);
    }

    /** @param scope a line under the title (the section of a section's workbook), or null */
    void write(XlsxBook book, List<PersonYear> people, String scope) {
        List<String> lines = new ArrayList<>();
        if (scope != null) {
            lines.add(scope);
        }
        lines.add(YearSummary.grades(people, m));
        List<String> header = header();
        XlsxSheet sheet = book.sheet(m.get("year.sheet.summary"), report.title("year.book.summary_title"), lines,
                header).keyColumns(KEY_COLUMNS).withoutFilter();
        BigDecimal bonuses = BigDecimal.ZERO;
        for (PersonYear p : people) {
            sheet.row(row(p));
            bonuses = p.bonus() == null ? bonuses : bonuses.add(p.bonus());
        }
        sheet.row(total(header.size(), people.size(), bonuses));
        Form.signOff(sheet, m);
    }

    private List<String> header() {
        List<String> header = new ArrayList<>(Form.headers(m, "perf.column.ID", "perf.column.NAME",
                "perf.column.SECTION"));
        for (Month month : Month.values()) {
            header.add(m.get("year.book.month", String.valueOf(month.getValue()),
                    month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        }
        header.addAll(Form.headers(m, "year.column.graded", "year.column.excellent", "year.column.good",
                "year.column.fair", "year.column.poor", "year.column.vetoed", "year.column.mean",
                "year.column.duty", "year.column.information", "year.column.score", "year.column.grade",
                "year.column.award", "year.column.bonus", "year.column.reason"));
        return header;
    }

    private List<XlsxCell> row(PersonYear p) {
        YearTally t = p.tally();
        List<XlsxCell> cells = new ArrayList<>(List.of(text(t.employeeId()), text(t.name()), text(t.section())));
        for (int month = 1; month <= 12; month++) {
            cells.add(month(t, YearMonth.of(report.year(), month)));
        }
        int poor = t.months(Grade.POOR);
        cells.addAll(List.of(integer(t.gradedMonths()), integer(t.months(Grade.EXCELLENT)),
                integer(t.months(Grade.GOOD)), integer(t.months(Grade.FAIR)), integer(poor).alertIf(poor > 0),
                integer(t.vetoMonths().size()).alertIf(t.vetoed()),
                number(t.monthlyMean().rounded(2), XlsxCell.Format.TWO),
                integer(t.dutyAbsences()).alertIf(t.dutyAbsences() > 0),
                number(t.informationCharge(), XlsxCell.Format.TWO).alertIf(t.informationCharge().signum() > 0),
                number(t.yearScore().rounded(2), XlsxCell.Format.TWO),
                text(m.term(p.grade())).alertIf(GradeReason.problem(p.grade()) || t.vetoed()),
                text(p.award() == null ? "" : m.term(p.award())),
                number(p.bonus(), XlsxCell.Format.MONEY),
                text(reasons.of(p)).alertIf(GradeReason.problem(p.grade()) || t.vetoed())));
        return cells;
    }

    /** 96.50 好; a vetoed month in red; 未运行, 不参评, or — when the month's results do not have the person. */
    private XlsxCell month(YearTally t, YearMonth month) {
        if (!report.monthRuns().containsKey(month)) {
            return text(m.get("year.book.not_run"));
        }
        PersonMonth pm = t.month(month).orElse(null);
        if (pm == null) {
            return text(m.get("year.book.absent"));
        }
        if (!pm.graded()) {
            return text(m.term(pm.grade()));
        }
        return text(m.get(pm.vetoed() ? "year.book.month_vetoed" : "year.book.month_cell",
                Numbers.points(pm.score()), pm.grade())).alertIf(pm.vetoed() || pm.grade() == Grade.POOR);
    }

    /** 合计: the number of people and the sum of 考核奖. */
    private List<XlsxCell> total(int columns, int people, BigDecimal bonuses) {
        List<XlsxCell> cells = new ArrayList<>();
        cells.add(text(m.get("perf.form.total")));
        cells.add(text(m.get("perf.form.people_count", people)));
        while (cells.size() < columns - 2) {
            cells.add(empty());
        }
        cells.add(number(bonuses, XlsxCell.Format.MONEY));
        cells.add(empty());
        return Form.total(cells);
    }
}
