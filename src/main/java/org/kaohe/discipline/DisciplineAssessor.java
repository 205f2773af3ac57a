package org.kaohe.discipline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Msg;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;
import org.kaohe.scoring.Veto;

/**
 * SPEC §2.4, §2.6, §2.7, §3.5–3.6 for one person: errors (doubled when registered late), findings (doubled for a
 * repeated item, 屡查屡犯), duty absences, commendations, the chief's share of section findings, and vetoes.
 */
public final class DisciplineAssessor {

    private final DisciplineRules rules;
    private final BiFunction<LocalDate, LocalDate, Integer> workingDaysAfter;

    /**
     * @param workingDaysAfter working days d with from &lt; d ≤ to, from the calendar
     */
    public DisciplineAssessor(DisciplineRules rules,
                              BiFunction<LocalDate, LocalDate, Integer> workingDaysAfter) {
        this.rules = rules;
        this.workingDaysAfter = workingDaysAfter;
    }

    /**
     * @param findings the person's own findings in the month
     * @param sectionFindings findings against the person's whole section, when the person is its chief; else empty
     */
    public PersonDiscipline assess(String employeeId, String section, List<WorkError> errors,
                                   List<Finding> findings, List<DutyOutcome> duty, List<Finding> sectionFindings) {
        List<ScoreLine> lines = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<Veto> vetoes = new ArrayList<>();
        for (WorkError e : errors) {
            assessError(e, section, lines, violations, vetoes);
        }
        Map<FindingItem, Integer> seen = new EnumMap<>(FindingItem.class);
        List<Finding> ordered = findings.stream()
                .sorted(Comparator.comparing(Finding::date).thenComparing(Finding::id, IdOrder.NATURAL)).toList();
        for (Finding f : ordered) {
            assessFinding(f, seen, lines, violations, vetoes);
        }
        for (DutyOutcome d : duty) {
            if (d.absent()) {
                DutyShift s = d.shift();
                Msg what = Msg.of("discipline.duty_absent", s.date(), s.start(), s.end());
                lines.add(new ScoreLine(ScoreColumn.DUTY, rules.dutyAbsentPoints(), s.date(), what, s.source()));
                violations.add(new Violation(DontLet.IMAGE, employeeId, section, s.date(), what,
                        rules.dutyAbsentPoints(), s.source()));
            }
        }
        for (Finding f : sectionFindings) {
            if (f.category() != FindingCategory.COMMEND) {
                BigDecimal share = deductionPoints(f).multiply(rules.sectionFindingChiefShare());
                lines.add(new ScoreLine(ScoreColumn.FINDING, share, f.date(),
                        Msg.of("discipline.section_finding_chief", f.section(), describe(f)), f.source()));
            }
        }
        return new PersonDiscipline(lines, violations, vetoes);
    }

    /**
     * Findings against a whole section: their points count against the section score, never against a member's
     * veto; a veto finding (or veto item) bars the section from 文明科室 instead.
     */
    public SectionDiscipline assessSection(String section, List<Finding> findings) {
        BigDecimal deduction = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        List<Violation> violations = new ArrayList<>();
        List<Veto> bars = new ArrayList<>();
        for (Finding f : findings) {
            if (f.category() == FindingCategory.COMMEND) {
                bonus = bonus.add(f.points() != null ? f.points() : rules.commendPoints().get(f.severity()));
                continue;
            }
            BigDecimal points = deductionPoints(f);
            deduction = deduction.add(points);
            violations.add(new Violation(f.category().dontLet().orElseThrow(), null, section, f.date(),
                    Msg.of("discipline.finding", f.category(), describe(f)), points, f.source()));
            if (f.veto() || rules.vetoItems().contains(f.item())) {
                bars.add(new Veto(Msg.of("discipline.section_bar", describe(f), f.id()), describe(f), f.source()));
            }
        }
        return new SectionDiscipline(section, deduction, bonus, violations, bars);
    }

    private void assessError(WorkError e, String section, List<ScoreLine> lines, List<Violation> violations,
                             List<Veto> vetoes) {
        BigDecimal points = rules.errorPoints().get(e.level());
        int delay = workingDaysAfter.apply(e.date(), e.recordedOn());
        Msg what;
        if (delay > rules.lateReportWorkingDays()) {
            points = points.multiply(rules.lateReportMultiplier());
            what = Msg.of("discipline.error_late", e.category(), e.level(), e.description(), e.recordedOn(),
                    String.valueOf(delay));
        } else {
            what = Msg.of("discipline.error", e.category(), e.level(), e.description());
        }
        lines.add(new ScoreLine(ScoreColumn.ERROR, points, e.date(), what, e.source()));
        violations.add(new Violation(DontLet.ERROR, e.employeeId(), section, e.date(), what, points, e.source()));
        if (rules.vetoErrorLevels().contains(e.level())) {
            vetoes.add(new Veto(Msg.of("discipline.veto_error", e.level(), e.date()),
                    Msg.of("discipline.error_cause", e.level(), e.date()), e.source()));
        }
    }

    private void assessFinding(Finding f, Map<FindingItem, Integer> seen, List<ScoreLine> lines,
                               List<Violation> violations, List<Veto> vetoes) {
        if (f.category() == FindingCategory.COMMEND) {
            BigDecimal points = f.points() != null ? f.points() : rules.commendPoints().get(f.severity());
            lines.add(new ScoreLine(ScoreColumn.COMMEND, points, f.date(),
                    Msg.of("discipline.commend", describe(f)), f.source()));
            return;
        }
        boolean dutyAbsent = f.item() == FindingItem.DUTY_ABSENT;
        BigDecimal points = deductionPoints(f);
        Msg what = Msg.of("discipline.finding", f.category(), describe(f));
        if (f.item() != null && f.item() != FindingItem.OTHER && !dutyAbsent
                && seen.merge(f.item(), 1, Integer::sum) > 1) {
            points = points.multiply(rules.repeatMultiplier());
            what = Msg.of("discipline.finding_repeat", f.category(), describe(f), String.valueOf(seen.get(f.item())));
        }
        lines.add(new ScoreLine(dutyAbsent ? ScoreColumn.DUTY : ScoreColumn.FINDING, points, f.date(), what,
                f.source()));
        violations.add(new Violation(f.category().dontLet().orElseThrow(), f.employeeId(), f.section(), f.date(),
                what, points, f.source()));
        if (f.veto() || rules.vetoItems().contains(f.item())) {
            vetoes.add(new Veto(Msg.of("discipline.veto_finding", describe(f), f.id()), describe(f), f.source()));
        }
    }

    /** A deducting finding's own points: its 分值 when given, else the duty-absence points or its severity's. */
    private BigDecimal deductionPoints(Finding f) {
        if (f.points() != null) {
            return f.points();
        }
        return f.item() == FindingItem.DUTY_ABSENT ? rules.dutyAbsentPoints() : rules.findingPoints().get(f.severity());
    }

    /** "脱岗：10月9日上午不在岗" — the item (when given) and the description. */
    private static Msg describe(Finding f) {
        String text = f.description() == null ? "" : f.description();
        return f.item() == null ? Msg.of("discipline.text", text) : Msg.of("discipline.item_text", f.item(), text);
    }
}
