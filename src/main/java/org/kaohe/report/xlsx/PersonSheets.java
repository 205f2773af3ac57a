package org.kaohe.report.xlsx;

import static org.kaohe.report.xlsx.ReportCells.cells;
import static org.kaohe.report.xlsx.ReportCells.concat;
import static org.kaohe.report.xlsx.ReportCells.headers;
import static org.kaohe.report.xlsx.ReportCells.source;
import static org.kaohe.report.xlsx.ReportCells.sourceHeaders;
import static org.kaohe.report.xlsx.XlsxCell.empty;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaohe.common.Messages;
import org.kaohe.discipline.Violation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.input.Reasons;
import org.kaohe.report.Numbers;
import org.kaohe.scoring.ScoreCard;
import org.kaohe.scoring.ScoreLine;
import org.kaohe.scoring.Veto;
import org.kaohe.section.SectionStanding;

/** The sheets the HR workbook and the section workbooks both have: people, every deduction and bonus, violations. */
final class PersonSheets {

    private PersonSheets() {
    }

    /**
     * Every deduction and bonus line with its cause and source row, the points under 扣分 or 加分 and both positive
     * (the one sign convention of every report: 扣分 is the number of points taken off); where the bonus caps cut the
     * bonuses, a line says how many points do not count, so 100 − a person's 扣分 + their 加分 less that is their
     * score (before the 0–105 clamp); then the person's vetoes with the rows that caused them.
     */
    static void deductions(XlsxBook book, List<PersonResult> people, Heading heading, Messages m) {
        XlsxSheet sheet = book.sheet(m.get("perf.sheet.deductions"), heading.title("perf.form.deductions_title"),
                heading.lines(), concat(headers(m, "perf.column.ID",
                "perf.column.NAME", "perf.column.SECTION", "perf.deduction.item", "perf.deduction.date",
                "perf.deduction.minus", "perf.deduction.plus", "perf.deduction.cause"), sourceHeaders(m))).keyColumns(2);
        for (PersonResult r : people) {
            ScoreCard card = r.card();
            BigDecimal bonuses = BigDecimal.ZERO;
            for (ScoreLine line : card.lines()) {
                boolean bonus = line.column().bonus();
                bonuses = bonus ? bonuses.add(line.points()) : bonuses;
                sheet.row(cells(List.of(text(r.staff().id()), text(r.staff().name()), text(r.staff().section()),
                        text(m.get(line.column().label())), XlsxCell.date(line.date()),
                        bonus ? empty() : number(line.points(), XlsxCell.Format.TWO).alertIf(true),
                        bonus ? number(line.points(), XlsxCell.Format.TWO) : empty(),
                        text(m.get(line.cause()))), source(line.source())));
            }
            if (bonuses.compareTo(card.bonusApplied()) > 0) {
                sheet.row(text(r.staff().id()), text(r.staff().name()), text(r.staff().section()),
                        text(m.get("perf.deduction.cap")), empty(), empty(), empty(),
                        text(m.get("perf.deduction.cap_cause", Numbers.points(bonuses),
                                Numbers.points(card.bonusApplied()),
                                Numbers.points(bonuses.subtract(card.bonusApplied())))));
            }
            for (Veto v : card.vetoes()) {
                sheet.row(cells(List.of(text(r.staff().id()), text(r.staff().name()), text(r.staff().section()),
                        text(m.get("perf.deduction.veto")), empty(), empty(), empty(),
                        text(m.get(v.reason())).alertIf(true)),
                        source(v.source())));
            }
        }
        Form.signOff(sheet, m);
    }

    /** Don't-let violations: the people's, then those against the whole section. */
    static void violations(XlsxBook book, List<PersonResult> people, List<Violation> sectionOwn, Heading heading,
                           Messages m) {
        XlsxSheet sheet = book.sheet(m.get("sect.sheet.violations"), heading.title("sect.form.violations_title"),
                heading.lines(), concat(headers(m, "sect.violation.dont_let",
                "perf.column.ID", "perf.column.NAME", "perf.deduction.date", "sect.violation.what",
                "sect.violation.points"), sourceHeaders(m)));
        for (PersonResult r : people) {
            for (Violation v : r.violations()) {
                violation(sheet, v, text(r.staff().id()), text(r.staff().name()), m);
            }
        }
        for (Violation v : sectionOwn) {
            violation(sheet, v, empty(), text(m.get("sect.violation.whole_section")), m);
        }
        Form.signOff(sheet, m);
    }

    private static void violation(XlsxSheet sheet, Violation v, XlsxCell id, XlsxCell name, Messages m) {
        sheet.row(cells(List.of(text(ReportCells.term(v.dontLet(), m)), id, name, XlsxCell.date(v.date()), text(m.get(v.what())),
                number(v.points(), XlsxCell.Format.TWO)), source(v.source())));
    }

    /** Why a ranked section cannot be 文明科室 (empty when it can), or why it is not ranked. */
    static String standingNote(SectionStanding s, Map<String, PersonResult> byId, Messages m) {
        if (!s.ranked()) {
            return m.get("perf.ranking.not_ranked");
        }
        List<String> why = new ArrayList<>();
        for (String id : s.vetoedMembers()) {
            PersonResult r = byId.get(id);
            why.add(m.get("perf.ranking.vetoed_member", id, r == null ? "" : r.staff().name()));
        }
        for (Veto v : s.findings().bars()) {
            why.add(m.get("perf.ranking.veto_finding", m.get(v.reason()),
                    v.source() == null ? "" : m.get(Reasons.where(v.source()))));
        }
        return String.join(m.get("perf.ranking.separator"), why);
    }

}
