package org.kaohe.report.xlsx;

import static org.kaohe.report.xlsx.ReportCells.cells;
import static org.kaohe.report.xlsx.ReportCells.concat;
import static org.kaohe.report.xlsx.ReportCells.headers;
import static org.kaohe.report.xlsx.ReportCells.source;
import static org.kaohe.report.xlsx.ReportCells.sourceHeaders;
import static org.kaohe.report.xlsx.XlsxCell.empty;
import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kaohe.attendance.FixOutcome;
import org.kaohe.attendance.Leave;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.evaluation.InputTally;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.input.InputChecksums;
import org.kaohe.input.Rejection;
import org.kaohe.overtime.OvertimeResult;
import org.kaohe.pay.PayCalculator;
import org.kaohe.report.Explanation;
import org.kaohe.report.ParallelWrites;
import org.kaohe.report.ShownValue;
import org.kaohe.scoring.Grade;
import org.kaohe.section.SectionStanding;

/**
 * {@code performance-<YYYY-MM>.xlsx}, HR's workbook of the month: 汇总 (counts, pools, grades, the rules and every
 * input file with its SHA-256), 科室排名, 人员 (every results column), 扣分明细, 加班核实 and 未采用.
 */
public final class PerformanceWorkbook {

    private final MonthlyEvaluation month;
    private final Messages m;

    public PerformanceWorkbook(MonthlyEvaluation month, Messages messages) {
        this.month = month;
        this.m = messages;
    }

    /**
     * Submits the workbook's sheets to {@code writes} in five parts filled at once (the summary and the sections'
     * ranking, the people, their attendance, their deductions, then overtime and what was not applied), so no part
     * is much longer than the five don't-lets files; {@code saved} runs when the file is complete.
     *
     * @param rulesFile the rules file the month was evaluated with (its calendars lie beside it)
     * @param checksums the run's checksums of the rules, calendars and inputs (computed once, when the run started)
     */
    public void write(Path file, Path rulesFile, InputChecksums checksums, ParallelWrites writes, Runnable saved)
            throws IOException {
        Heading heading = new Heading(m, month.rules().office(), month.month(), List.of());
        List<String> sections = month.sections().stream().map(SectionStanding::section).toList();
        XlsxBook book = XlsxBook.streamed(file, null, m.get("perf.print.footer"));
        BookParts.write(file.getFileName().toString(), book, List.of(
                part(List.of("perf.sheet.summary", "perf.sheet.ranking"), b -> {
                    summary(b, heading, rulesFile, checksums);
                    ranking(b, heading);
                }),
                part(List.of("perf.sheet.people"), b -> new PeopleForm(m, month.rules().score()).write(b,
                        month.results(), sections, month.month(), month.rules().office(), null)),
                part(List.of("perf.sheet.grid"), b -> new AttendanceGrid(m).write(b, month.results(), sections,
                        month.month(), heading.title("perf.grid.title"))),
                part(List.of("perf.sheet.deductions"), b -> PersonSheets.deductions(b, month.results(), heading, m)),
                part(List.of("perf.sheet.overtime", "perf.sheet.not_applied"), b -> {
                    overtime(b, heading);
                    notApplied(b, heading);
                })), writes, saved);
    }

    private BookParts.Part part(List<String> sheetKeys, BookParts.Filling filling) {
        return new BookParts.Part(sheetKeys.stream().map(m::get).toList(), filling);
    }

    private void summary(XlsxBook book, Heading heading, Path rulesFile, InputChecksums checksums) {
        XlsxSheet s = book.sheet(m.get("perf.sheet.summary"), heading.title("perf.form.summary_title"), List.of(),
                headers(m, "perf.summary.item", "perf.summary.value", "perf.summary.sha256"));
        List<PersonResult> results = month.results();
        long graded = results.stream().filter(PersonResult::graded).count();
        s.row(text(m.get("perf.summary.month")), text(month.month().toString()));
        s.row(text(m.get("perf.summary.people")), integer(results.size()));
        s.row(text(m.get("perf.summary.graded")), integer(graded));
        s.row(text(m.get("perf.summary.not_graded")), integer(results.size() - graded));
        s.row(text(m.get("perf.summary.vetoed")), integer(results.stream().filter(r -> r.graded() && r.card().vetoed()).count()));
        for (PayCalculator.Pool pool : month.pools()) {
            String scope = pool.scope().isEmpty() ? m.get("perf.summary.office") : pool.scope();
            s.row(text(m.get(pool.allocated() ? "perf.summary.pool" : "perf.summary.pool_not_allocated", scope)),
                    number(pool.amount(), XlsxCell.Format.TWO));
        }
        s.row(text(m.get("perf.summary.paid")), number(results.stream().map(PersonResult::pay)
                .reduce(BigDecimal.ZERO, BigDecimal::add), XlsxCell.Format.TWO));
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        results.forEach(r -> grades.merge(r.grade(), 1L, Long::sum));
        for (Grade g : Grade.values()) {
            s.row(text(m.get("perf.summary.grade", g)), integer(grades.getOrDefault(g, 0L)));
        }
        s.row(text(m.get("perf.summary.rejected")), integer(month.rejections().size()));
        s.row(text(m.get("perf.summary.leave_not_approved")), integer(notApprovedLeave().count()));
        s.row(text(m.get("perf.summary.fix_not_applied")), integer(fixesNotApplied().count()));
        s.row(text(m.get("perf.summary.overtime_not_approved")), integer(overtimeNotApproved().count()));
        s.row(text(m.get("perf.summary.civilized")), text(month.sections().stream()
                .filter(SectionStanding::civilized).map(SectionStanding::section).findFirst()
                .orElseGet(() -> m.get("perf.summary.no_civilized"))));
        s.row(text(m.get("perf.summary.rules")), text(rulesFile.toString()),
                text(checksums.of(rulesFile.getFileName().toString())));
        for (String calendar : checksums.calendars()) {
            // named relative to the rules file's folder, where the calendars ship
            s.row(text(m.get("perf.summary.calendar")), text(rulesFile.toAbsolutePath().resolveSibling(calendar).toString()),
                    text(checksums.of(calendar)));
        }
        for (InputTally t : month.tallies()) {
            for (Path f : t.files()) {
                s.row(text(m.get("perf.summary.input", t.kind().label())), text(f.toString()),
                        text(checksums.of(f.getFileName().toString())));
            }
        }
        Form.signOff(s, m);
    }

    private void ranking(XlsxBook book, Heading heading) {
        XlsxSheet s = book.sheet(m.get("perf.sheet.ranking"), heading.title("perf.form.ranking_title"), List.of(),
                headers(m, "perf.ranking.rank", "perf.ranking.section",
                "perf.ranking.graded", "perf.ranking.mean", "perf.ranking.deduction", "perf.ranking.bonus",
                "perf.ranking.score", "perf.ranking.violations", "perf.ranking.civilized", "perf.ranking.note"));
        Map<String, PersonResult> byId = ReportCells.byId(month.results());
        for (SectionStanding st : month.sections()) {
            s.row(st.ranked() ? integer(st.rank()) : empty(), text(st.section()), integer(st.gradedMembers()),
                    number(st.meanScore(), XlsxCell.Format.TWO), number(st.findings().deduction(), XlsxCell.Format.TWO),
                    number(st.findings().bonus(), XlsxCell.Format.TWO), number(st.score(), XlsxCell.Format.TWO),
                    integer(st.violations()), text(ReportCells.yesNo(st.civilized(), m)),
                    text(PersonSheets.standingNote(st, byId, m)));
        }
        Form.signOff(s, m);
    }

    private void overtime(XlsxBook book, Heading heading) {
        XlsxSheet s = book.sheet(m.get("perf.sheet.overtime"), heading.title("perf.form.overtime_title"), List.of(),
                concat(headers(m, "perf.column.ID",
                "perf.column.NAME", "perf.column.SECTION", "perf.overtime.date", "perf.overtime.start",
                "perf.overtime.end", "perf.overtime.status", "perf.overtime.day_type", "perf.overtime.claimed",
                "perf.overtime.first_punch", "perf.overtime.last_punch", "perf.overtime.scheduled",
                "perf.overtime.verified", "perf.overtime.points", "perf.overtime.why"), sourceHeaders(m))).keyColumns(2);
        Explanation explanation = new Explanation(month, m);
        for (PersonResult r : month.results()) {
            for (OvertimeResult o : r.overtime()) {
                var claim = o.claim();
                s.row(cells(List.of(text(r.staff().id()), text(r.staff().name()), text(r.staff().section()),
                        XlsxCell.date(claim.date()), XlsxCell.time(claim.start()), XlsxCell.time(claim.end()),
                        text(ReportCells.term(claim.status(), m)), text(ReportCells.term(o.dayType(), m)),
                        number(o.claimedHours(), XlsxCell.Format.ONE),
                        o.firstPunch() == null ? empty() : XlsxCell.clock(o.firstPunch().toLocalTime()),
                        o.lastPunch() == null ? empty() : XlsxCell.clock(o.lastPunch().toLocalTime()),
                        number(o.scheduledHours(), XlsxCell.Format.ONE), number(o.verifiedHours(), XlsxCell.Format.ONE),
                        number(o.points(), XlsxCell.Format.TWO), text(explanation.overtime(o))),
                        source(claim.source())));
            }
        }
        Form.signOff(s, m);
    }

    /** Rejected rows (as in rejected-*.csv), then valid rows that did not take effect, each with its reason. */
    private void notApplied(XlsxBook book, Heading heading) {
        XlsxSheet s = book.sheet(m.get("perf.sheet.not_applied"), heading.title("perf.form.not_applied_title"),
                List.of(), concat(concat(headers(m, "perf.not_applied.kind",
                "perf.column.ID", "perf.column.NAME", "perf.not_applied.what"), sourceHeaders(m)),
                headers(m, "perf.not_applied.column", "perf.not_applied.value", "perf.not_applied.reason")));
        for (Rejection r : month.rejections()) {
            s.row(cells(cells(List.of(text(m.get("perf.not_applied.rejected")), empty(), empty(), empty()),
                    source(r.source())), List.of(text(r.column()), text(ShownValue.of(r, m)),
                    text(ShownValue.reason(r, m)))));
        }
        notApprovedLeave().forEach(x -> notApplied(s, "perf.not_applied.leave", x.person(),
                m.get("perf.not_applied.leave_what", x.item().type(), moment(x.item().start()), moment(x.item().end())),
                x.item().source(), m.get("attendance.leave_not_approved", x.item().status())));
        fixesNotApplied().forEach(x -> notApplied(s, "perf.not_applied.fix", x.person(),
                m.get("perf.not_applied.fix_what", moment(x.item().fix().start())), x.item().fix().source(),
                m.get(x.item().reason())));
        overtimeNotApproved().forEach(x -> notApplied(s, "perf.not_applied.overtime", x.person(),
                m.get("perf.not_applied.overtime_what", x.item().claim().date().toString(),
                        x.item().claim().start().toString(), x.item().claim().end().toString()),
                x.item().claim().source(), m.get("perf.not_applied.overtime_reason", x.item().claim().status())));
        Form.signOff(s, m);
    }

    private void notApplied(XlsxSheet s, String kind, PersonResult r, String what,
                            SourceRef where, String reason) {
        s.row(cells(cells(List.of(text(m.get(kind)), text(r.staff().id()), text(r.staff().name()), text(what)),
                source(where)), List.of(empty(), empty(), text(reason))));
    }

    private static String moment(LocalDateTime t) {
        return t == null ? "" : t.toString().replace('T', ' ');
    }

    /** A person's item, for the not-applied rows. */
    private record Of<T>(PersonResult person, T item) {
    }

    private Stream<Of<Leave>> notApprovedLeave() {
        return month.results().stream().flatMap(r -> r.attendance().notApproved().stream().map(l -> new Of<>(r, l)));
    }

    private Stream<Of<FixOutcome>> fixesNotApplied() {
        return month.results().stream().flatMap(r -> r.attendance().fixes().stream().filter(f -> !f.applied())
                .map(f -> new Of<>(r, f)));
    }

    private Stream<Of<OvertimeResult>> overtimeNotApproved() {
        return month.results().stream().flatMap(r -> r.overtime().stream().filter(o -> !o.approved())
                .map(o -> new Of<>(r, o)));
    }
}
