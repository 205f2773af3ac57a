package org.kaohe.report.year;

import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.common.Messages;
import org.kaohe.pay.PayRules;
import org.kaohe.report.Numbers;
import org.kaohe.report.xlsx.Form;
import org.kaohe.report.xlsx.XlsxBook;
import org.kaohe.report.xlsx.XlsxCell;
import org.kaohe.report.xlsx.XlsxSheet;
import org.kaohe.scoring.Grade;
import org.kaohe.year.PersonYear;
import org.kaohe.year.QuotaPosition;

/**
 * 优秀排名: the 优秀 candidates (the ladder's 优秀, before the quota) in the quota's order with the values that
 * ranked them (年度得分, 好 months, total deductions, 工号), per quota scope; the quota line is drawn as a thick red
 * line above the first candidate past it, and everyone past it is red and says 称职.
 */
final class ExcellentRanking {

    private final YearReport report;
    private final Messages m;

    ExcellentRanking(YearReport report) {
        this.report = report;
        this.m = report.messages();
    }

    /** @param scope a line under the title (the section of a section's workbook), or null */
    void write(XlsxBook book, List<PersonYear> people, String scope) {
        Map<String, List<PersonYear>> scopes = scopes(people);
        List<String> lines = new ArrayList<>();
        if (scope != null) {
            lines.add(scope);
        }
        scopes.forEach((name, candidates) -> lines.add(quota(name, candidates.get(0).quotaPosition())));
        if (scopes.isEmpty()) {
            lines.add(m.get("year.ranking.none"));
        }
        XlsxSheet sheet = book.sheet(m.get("year.sheet.ranking"), report.title("year.ranking.title"), lines,
                Form.headers(m, "year.ranking.rank", "perf.column.ID", "perf.column.NAME",
                        "perf.column.SECTION", "year.column.score", "year.ranking.excellent_months",
                        "year.ranking.deductions", "year.ranking.result")).withoutFilter();
        for (List<PersonYear> candidates : scopes.values()) {
            boolean lineDrawn = false;
            for (PersonYear p : candidates) {
                XlsxCell.Mark mark = XlsxCell.Mark.NONE;
                if (p.fellBelowQuota()) {
                    mark = lineDrawn ? XlsxCell.Mark.ALERT : XlsxCell.Mark.QUOTA_LINE;
                    lineDrawn = true;
                }
                sheet.row(row(p, mark));
            }
        }
        Form.signOff(sheet, m);
    }

    /** The candidates by quota scope (the office, or each section), each in the quota's order. */
    private Map<String, List<PersonYear>> scopes(List<PersonYear> people) {
        Map<String, List<PersonYear>> scopes = new LinkedHashMap<>();
        boolean bySection = report.rules().quotaScope() == PayRules.Scope.SECTION;
        people.stream().filter(p -> p.quotaPosition() != null)
                .sorted(Comparator.comparing((PersonYear p) -> bySection ? p.tally().section() : "")
                        .thenComparingInt(p -> p.quotaPosition().rank()))
                .forEach(p -> scopes.computeIfAbsent(bySection ? p.tally().section() : "", s -> new ArrayList<>())
                        .add(p));
        return scopes;
    }

    /** 优秀名额 5 人：有年度等次 29 人 × 20%，向下取整，至少 1 人 (for the office or one section). */
    private String quota(String scope, QuotaPosition q) {
        return m.get("year.ranking.quota", scope.isEmpty() ? m.get("perf.summary.office") : scope,
                String.valueOf(q.quota()), String.valueOf(q.graded()),
                Numbers.percent(report.rules().excellentQuota()));
    }

    private List<XlsxCell> row(PersonYear p, XlsxCell.Mark mark) {
        QuotaPosition q = p.quotaPosition();
        return List.of(integer(q.rank()), text(p.employeeId()), text(p.tally().name()), text(p.tally().section()),
                        number(p.tally().yearScore().rounded(2), XlsxCell.Format.TWO),
                        integer(p.tally().months(Grade.EXCELLENT)),
                        number(p.tally().totalDeductions(), XlsxCell.Format.TWO),
                        text(m.get(q.within() ? "year.ranking.within" : "year.ranking.past", p.grade())))
                .stream().map(c -> c.marked(mark)).toList();
    }
}
