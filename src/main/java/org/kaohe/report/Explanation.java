package org.kaohe.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.attendance.AttendanceResult;
import org.kaohe.attendance.FixOutcome;
import org.kaohe.attendance.Leave;
import org.kaohe.attendance.LeaveType;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.input.Reasons;
import org.kaohe.overtime.OvertimeResult;
import org.kaohe.pay.PayCalculator;
import org.kaohe.pay.PayRules;
import org.kaohe.scoring.GradeAssigner;
import org.kaohe.scoring.GradeDecision;
import org.kaohe.scoring.ScoreCard;
import org.kaohe.scoring.ScoreLine;
import org.kaohe.scoring.Veto;

/** {@code kaohe explain}: one person's score and pay, line by line, each line with the row it came from. */
public final class Explanation {

    private final MonthlyEvaluation month;
    private final Messages m;

    public Explanation(MonthlyEvaluation month, Messages messages) {
        this.month = month;
        this.m = messages;
    }

    public List<String> of(PersonResult r) {
        List<String> out = new ArrayList<>();
        AttendanceResult a = r.attendance();
        out.add(m.get("report.explain.title", r.staff().id(), r.staff().name(), r.staff().section(),
                month.month().toString(), src(r.staff().source())));
        out.add(m.get("report.explain.attendance", String.valueOf(a.workdays()),
                String.valueOf(a.employedWorkdays()), String.valueOf(a.late()), String.valueOf(a.early()),
                String.valueOf(a.missing()), Numbers.days(a.absentDays()),
                Numbers.days(a.leaveDays(LeaveType.PERSONAL)), Numbers.days(a.leaveDays(LeaveType.SICK)),
                Numbers.days(a.otherLeaveDays())));
        for (FixOutcome f : a.fixes()) {
            out.add(f.applied()
                    ? m.get("report.explain.fix_applied", f.fix().start().toString().replace('T', ' '),
                            src(f.fix().source()))
                    : m.get("report.explain.fix_refused", f.fix().start().toString().replace('T', ' '),
                            m.get(f.reason()), src(f.fix().source())));
        }
        for (Leave l : a.notApproved()) {
            out.add(m.get("report.explain.leave_not_approved", l.type(), l.status(), src(l.source())));
        }
        for (OvertimeResult o : r.overtime()) {
            out.add(overtime(o, src(o.claim().source())));
        }
        ScoreCard c = r.card();
        out.add(m.get("report.explain.lines"));
        for (ScoreLine line : c.lines()) {
            // points positive either way, as in every report: the words say whether they are taken off or added
            out.add(m.get(line.column().bonus() ? "report.explain.bonus" : "report.explain.deduction",
                    Numbers.points(line.points()), line.column().label(), m.get(line.cause()), src(line.source())));
        }
        if (!r.graded()) {
            out.add(m.get("report.explain.not_rated"));
            return out;
        }
        out.add(m.get("report.explain.score", Numbers.points(month.rules().score().start()),
                Numbers.points(c.totalDeductions()), Numbers.points(c.bonusApplied()),
                Numbers.points(c.score())));
        for (Veto v : c.vetoes()) {
            out.add(m.get("report.explain.veto", m.get(v.reason()), src(v.source())));
        }
        out.add(m.get("report.explain.grade", r.grade()));
        month.gradeDecision(r.staff().id()).ifPresent(d -> out.addAll(why(d)));
        out.add(m.get("report.explain.factor", String.valueOf(a.employedWorkdays()),
                Numbers.points(BigDecimal.valueOf(a.employedWorkdays()).subtract(a.factorNumerator())),
                String.valueOf(a.workdays()), a.factor(4).toPlainString()));
        out.add(pay(r));
        return out;
    }

    /** The band, the section's 好 quota and the tie-break, as {@link GradeDecision} recorded them. */
    private List<String> why(GradeDecision d) {
        GradeAssigner.Candidate self = d.person();
        List<String> out = new ArrayList<>();
        if (self.vetoed()) {
            out.add(m.get("report.explain.grade_veto"));
            return out;
        }
        String score = Numbers.points(self.score());
        out.add(self.score().compareTo(d.floor()) >= 0
                ? m.get("report.explain.grade_band", score, Numbers.points(d.floor()), d.band())
                : m.get("report.explain.grade_band_below", score, Numbers.points(d.floor()), d.band()));
        d.quota().ifPresent(q -> {
            out.add(m.get("report.explain.grade_quota", q.section(), String.valueOf(q.graded()),
                    String.valueOf(q.allowed()), q.share().stripTrailingZeros().toPlainString(),
                    String.valueOf(q.contenders()), String.valueOf(q.position()),
                    m.get(q.within() ? "report.explain.grade_quota_within" : "report.explain.grade_quota_past")));
            q.rival().ifPresent(rival -> out.add(tieBreak(self, rival, q.within())));
        });
        return out;
    }

    /** Why the tie-break put {@code self} ahead of (or behind) a contender with the same score. */
    private String tieBreak(GradeAssigner.Candidate self, GradeAssigner.Candidate rival, boolean ahead) {
        String name = month.results().stream().filter(p -> p.staff().id().equals(rival.employeeId())).findFirst()
                .map(p -> p.staff().name()).orElse("");
        boolean byDeductions = self.totalDeductions().compareTo(rival.totalDeductions()) != 0;
        String key = "report.explain.grade_tie_" + (ahead ? "ahead" : "behind") + (byDeductions ? "_deductions" : "_id");
        return m.get(key, name, rival.employeeId(), Numbers.points(self.score()),
                Numbers.points(self.totalDeductions()), Numbers.points(rival.totalDeductions()));
    }

    private String pay(PersonResult r) {
        PayRules rules = month.rules().pay();
        if (r.card().vetoed()) {
            return m.get("report.explain.pay_vetoed", Numbers.points(r.pay()));
        }
        if (rules.mode() == PayRules.Mode.COEFFICIENT) {
            return m.get("report.explain.pay_coefficient", Numbers.points(r.staff().payBase()),
                    Numbers.fixed(rules.gradeCoefficient().get(r.grade()), 2), r.attendance().factor(4).toPlainString(),
                    Numbers.points(r.pay()));
        }
        PayCalculator.Pool pool = month.pools().stream()
                .filter(p -> p.scope().isEmpty() || p.scope().equals(r.staff().section())).findFirst().orElseThrow();
        BigDecimal points = r.score().multiply(r.staff().postCoefficient()).multiply(r.attendance().clampedNumerator())
                .divide(BigDecimal.valueOf(r.attendance().workdays()), 4, RoundingMode.HALF_UP);
        return m.get("report.explain.pay_pool", Numbers.points(r.score()), r.staff().postCoefficient().toPlainString(),
                r.attendance().factor(4).toPlainString(), points.toPlainString(), Numbers.points(pool.amount()),
                pool.totalPoints().toPlainString(), Numbers.points(r.pay()));
    }

    /** One overtime claim in words: claimed, punched, verified and why (the 加班核实 sheet's reason), no source. */
    public String overtime(OvertimeResult o) {
        return overtime(o, "").strip();
    }

    private String overtime(OvertimeResult o, String source) {
        var claim = o.claim();
        String when = claim.date() + " " + claim.start() + "–" + claim.end();
        if (!o.approved()) {
            return m.get("report.explain.overtime_not_approved", when, claim.status(), source);
        }
        if (o.firstPunch() == null) {
            return m.get("report.explain.overtime_no_punch", when, Numbers.days(o.claimedHours()), source);
        }
        return m.get("report.explain.overtime", when, Numbers.days(o.claimedHours()),
                o.firstPunch().toLocalTime().toString(), o.lastPunch().toLocalTime().toString(),
                Numbers.days(o.scheduledHours()), Numbers.days(o.verifiedHours()), o.dayType(),
                Numbers.points(o.points()), source);
    }

    private String src(SourceRef ref) {
        return ref == null ? "" : m.get("report.explain.source", Reasons.where(ref));
    }
}
