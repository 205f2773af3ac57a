package org.kaohe.report.year;

import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaohe.common.Messages;
import org.kaohe.report.xlsx.Form;
import org.kaohe.report.xlsx.XlsxBook;
import org.kaohe.report.xlsx.XlsxCell;
import org.kaohe.report.xlsx.XlsxSheet;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearGrade;
import org.kaohe.year.YearRules;

/**
 * {@code year-<YYYY>.xlsx}, HR's workbook of the year: 年度汇总 (everyone, by section and 年度得分), 优秀排名 (the
 * candidates and the quota line), 月份 (each month with the run it came from, or missing) and 规则 (every number of
 * SPEC §6 as used, with its key in rules.yml).
 */
public final class YearWorkbook {

    private final YearReport report;
    private final Messages m;

    public YearWorkbook(YearReport report) {
        this.report = report;
        this.m = report.messages();
    }

    public static String fileName(int year) {
        return "year-" + year + ".xlsx";
    }

    public void write(Path file) throws IOException {
        try (XlsxBook book = XlsxBook.streamed(file, null, m.get("perf.print.footer"))) {
            List<PersonYear> people = new ArrayList<>();
            report.bySection().values().forEach(people::addAll);
            new YearForm(report).write(book, people, null);
            new ExcellentRanking(report).write(book, report.outcome().people(), null);
            months(book);
            rules(book);
            book.save();
        }
    }

    /** Each month: used (with its run and how many people it had, graded) or missing. */
    private void months(XlsxBook book) {
        List<String> lines = new ArrayList<>();
        if (report.outcome().preview()) {
            lines.add(m.get("year.months.preview", String.valueOf(report.lastMonth()),
                    String.join(m.get("year.summary.separator"), report.outcome().missingMonths().stream()
                            .map(YearMonth::toString).toList())));
        }
        XlsxSheet sheet = book.sheet(m.get("year.sheet.months"), report.title("year.months.title"), lines,
                Form.headers(m, "year.months.month", "year.months.status", "year.months.run",
                        "year.months.people", "year.months.graded")).withoutFilter();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(report.year(), month);
            Long run = report.monthRuns().get(ym);
            if (run == null) {
                sheet.row(text(ym.toString()), text(m.get("year.months.missing")).marked(XlsxCell.Mark.ALERT));
                continue;
            }
            List<PersonMonth> months = report.outcome().people().stream()
                    .flatMap(p -> p.tally().months().stream()).filter(pm -> pm.month().equals(ym)).toList();
            sheet.row(text(ym.toString()), text(m.get("year.months.used")), integer(run), integer(months.size()),
                    integer(months.stream().filter(PersonMonth::graded).count()));
        }
    }

    /** Every number of the year's rules as this run used it, with where it is set in rules.yml. */
    private void rules(XlsxBook book) {
        YearRules r = report.rules();
        XlsxSheet sheet = book.sheet(m.get("year.sheet.rules"), report.title("year.rules.title"), List.of(),
                Form.headers(m, "year.rules.rule", "year.rules.value", "year.rules.key")).withoutFilter();
        rule(sheet, "min_graded_months", String.valueOf(r.minGradedMonths()));
        rule(sheet, "duty_absent", plain(r.dutyAbsentPoints()));
        rule(sheet, "information_target.PROVINCE", String.valueOf(r.provinceTarget()));
        rule(sheet, "information_target.CITY", String.valueOf(r.cityTarget()));
        rule(sheet, "short_piece", plain(r.shortPiecePoints()));
        rule(sheet, "incompetent_below", plain(r.incompetentBelow()));
        rule(sheet, "incompetent_poor_months", String.valueOf(r.incompetentPoorMonths()));
        rule(sheet, "basic_below", plain(r.basicBelow()));
        rule(sheet, "basic_poor_months", String.valueOf(r.basicPoorMonths()));
        rule(sheet, "excellent_min", plain(r.excellentMin()));
        rule(sheet, "excellent_good_share", plain(r.excellentGoodShare()));
        rule(sheet, "excellent_quota", plain(r.excellentQuota()));
        rule(sheet, "scope", r.quotaScope().name().toLowerCase(Locale.ROOT));
        rule(sheet, "merit_years", String.valueOf(r.meritYears()));
        rule(sheet, "publicity_days", String.valueOf(r.publicityDays()));
        for (YearGrade g : YearGrade.values()) {
            sheet.row(text(m.get("year.rules.award_factor", g)), text(plain(r.awardFactor().get(g))),
                    text("year.award_factor." + g.name()));
        }
    }

    private void rule(XlsxSheet sheet, String key, String value) {
        sheet.row(text(m.get("year.rules." + key)), text(value), text("year." + key));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
