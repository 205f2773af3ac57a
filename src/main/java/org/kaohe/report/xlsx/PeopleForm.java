package org.kaohe.report.xlsx;

import static org.kaohe.report.xlsx.XlsxCell.empty;
import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.attendance.LeaveType;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.report.Numbers;
import org.kaohe.scoring.Grade;
import org.kaohe.scoring.ScoreRules;
import org.kaohe.scoring.Veto;

/**
 * The 人员 sheet as the office's form of the month's results: a title (单位, 月份, 表名), one row per person with
 * what decides their pay (attendance, 扣分合计 and 加分合计 as positive points, 得分, the rank in the section, 等次,
 * 岗位系数, 积分, 绩效工资) and a 备注 saying why a grade is not what the score alone gives (一票否决, 不参评, the 好
 * quota), problems in red, a 合计 row and a sign-off block. People are grouped by section in the order given and
 * ordered within it as the 好 quota orders them (score, then fewer deductions, then 工号). The results CSV keeps
 * every column of the month.
 */
final class PeopleForm {

    private static final int KEY_COLUMNS = 2;
    /** 积分 to two decimals, from an attendance factor precise enough not to move them. */
    private static final int FACTOR_SCALE = 10;

    private final Messages m;
    private final ScoreRules rules;

    PeopleForm(Messages messages, ScoreRules rules) {
        this.m = messages;
        this.rules = rules;
    }

    /**
     * @param sections the sections in the order their people are listed
     * @param scope    a line under the title (the section of a section's workbook), or null
     */
    void write(XlsxBook book, List<PersonResult> people, List<String> sections, YearMonth month, String office,
               String scope) {
        XlsxSheet sheet = book.sheet(m.get("perf.sheet.people"), Form.title(m, office, month, "perf.form.people_title"),
                scope == null ? List.of() : List.of(scope), ReportCells.headers(m, "perf.column.ID",
                        "perf.column.NAME", "perf.column.SECTION", "perf.column.WORKDAYS", "perf.column.FACTOR",
                        "perf.form.late", "perf.form.early", "perf.form.missing", "perf.column.ABSENT_DAYS",
                        "perf.form.leave_days", "perf.form.deductions", "perf.form.bonuses", "perf.column.SCORE",
                        "perf.form.rank", "perf.column.GRADE", "perf.form.post", "perf.form.points",
                        "perf.column.PAY", "perf.form.remark"))
                .keyColumns(KEY_COLUMNS).withoutFilter();
        Map<String, List<PersonResult>> bySection = new HashMap<>();
        people.forEach(r -> bySection.computeIfAbsent(r.staff().section(), k -> new ArrayList<>()).add(r));
        Totals totals = new Totals();
        for (String section : sections) {
            List<PersonResult> members = bySection.getOrDefault(section, List.of());
            List<PersonResult> graded = members.stream().filter(PersonResult::graded).toList();
            int quota = quota(graded.size());
            // the grade quota's order (SPEC §3.7), so a 好 is never listed below a 较好 of the same score
            members.stream().sorted(Comparator.comparing(PersonResult::score).reversed()
                            .thenComparing(r -> r.card().totalDeductions())
                            .thenComparing(r -> r.staff().id(), IdOrder.NATURAL))
                    .forEach(r -> {
                        BigDecimal points = points(r);
                        totals.add(r, points);
                        sheet.row(row(r, rank(r, graded), points, quota, graded.size()));
                    });
        }
        sheet.row(totals.row());
        Form.signOff(sheet, m);
    }

    private List<XlsxCell> row(PersonResult r, Integer rank, BigDecimal points, int quota, int graded) {
        var a = r.attendance();
        boolean vetoed = r.graded() && r.card().vetoed();
        BigDecimal deductions = r.card().totalDeductions();
        String remark = remark(r, vetoed, quota, graded);
        return List.of(text(r.staff().id()), text(r.staff().name()), text(r.staff().section()),
                number(BigDecimal.valueOf(a.workdays()), XlsxCell.Format.ONE),
                number(a.factor(4), XlsxCell.Format.FOUR), integer(a.late()).alertIf(a.late() > 0),
                integer(a.early()).alertIf(a.early() > 0), integer(a.missing()).alertIf(a.missing() > 0),
                number(a.absentDays(), XlsxCell.Format.ONE).alertIf(a.absentDays().signum() > 0),
                number(leaveDays(r), XlsxCell.Format.ONE),
                number(deductions, XlsxCell.Format.TWO).alertIf(deductions.signum() > 0),
                number(r.card().bonusApplied(), XlsxCell.Format.TWO), number(r.score(), XlsxCell.Format.TWO),
                rank == null ? empty() : integer(rank),
                text(ReportCells.term(r.grade(), m)).alertIf(r.grade() == Grade.POOR || !r.graded()),
                number(r.staff().postCoefficient(), XlsxCell.Format.TWO), number(points, XlsxCell.Format.TWO),
                number(r.pay(), XlsxCell.Format.MONEY), text(remark).alertIf(vetoed || !r.graded()));
    }

    /** 请假天数: 事假, 病假 and the other leaves (公出 is not leave). */
    static BigDecimal leaveDays(PersonResult r) {
        var a = r.attendance();
        return a.leaveDays(LeaveType.PERSONAL).add(a.leaveDays(LeaveType.SICK)).add(a.otherLeaveDays());
    }

    /** 积分 = 得分 × 岗位系数 × 出勤系数 (SPEC §3.8), 0 when vetoed or not graded. */
    private BigDecimal points(PersonResult r) {
        if (!r.graded() || r.card().vetoed()) {
            return BigDecimal.ZERO;
        }
        return r.score().multiply(r.staff().postCoefficient()).multiply(r.attendance().factor(FACTOR_SCALE))
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** 1 + the graded members scoring higher: equal scores share a rank. */
    private static Integer rank(PersonResult r, List<PersonResult> graded) {
        if (!r.graded()) {
            return null;
        }
        return 1 + (int) graded.stream().filter(o -> o.score().compareTo(r.score()) > 0).count();
    }

    private int quota(int graded) {
        return Math.max(1, BigDecimal.valueOf(graded).multiply(rules.excellentQuota())
                .setScale(0, RoundingMode.DOWN).intValue());
    }

    private String remark(PersonResult r, boolean vetoed, int quota, int graded) {
        if (!r.graded()) {
            return m.get("perf.form.not_rated");
        }
        if (vetoed) {
            return m.get("perf.form.vetoed", String.join(m.get("perf.ranking.separator"),
                    r.card().vetoes().stream().map(Veto::reason).map(m::get).toList()));
        }
        if (r.grade() == Grade.GOOD && r.score().compareTo(rules.excellent()) >= 0) {
            return m.get("perf.form.quota", String.valueOf(quota), String.valueOf(graded),
                    Numbers.percent(rules.excellentQuota()));
        }
        return "";
    }

    /** The sums of the 合计 row. */
    private final class Totals {
        private int people;
        private int late;
        private int early;
        private int missing;
        private BigDecimal absent = BigDecimal.ZERO;
        private BigDecimal leave = BigDecimal.ZERO;
        private BigDecimal deductions = BigDecimal.ZERO;
        private BigDecimal bonuses = BigDecimal.ZERO;
        private BigDecimal points = BigDecimal.ZERO;
        private BigDecimal pay = BigDecimal.ZERO;

        void add(PersonResult r, BigDecimal personPoints) {
            var a = r.attendance();
            people++;
            late += a.late();
            early += a.early();
            missing += a.missing();
            absent = absent.add(a.absentDays());
            leave = leave.add(leaveDays(r));
            deductions = deductions.add(r.card().totalDeductions());
            bonuses = bonuses.add(r.card().bonusApplied());
            points = points.add(personPoints);
            pay = pay.add(r.pay());
        }

        List<XlsxCell> row() {
            XlsxCell blank = empty();
            return Form.total(List.of(text(m.get("perf.form.total")), text(m.get("perf.form.people_count", people)),
                    blank, blank, blank, integer(late), integer(early), integer(missing),
                    number(absent, XlsxCell.Format.ONE), number(leave, XlsxCell.Format.ONE),
                    number(deductions, XlsxCell.Format.TWO), number(bonuses, XlsxCell.Format.TWO), blank, blank,
                    blank, blank, number(points, XlsxCell.Format.TWO), number(pay, XlsxCell.Format.MONEY), blank));
        }
    }
}
