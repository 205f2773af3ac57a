package org.kaohe.report.xlsx;

import static org.kaohe.report.xlsx.ReportCells.headers;
import static org.kaohe.report.xlsx.XlsxCell.empty;
import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.report.ParallelWrites;
import org.kaohe.section.SectionStanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sections/<section>-<YYYY-MM>.xlsx}, one per section for its chief: 概况 (rank, score, 文明科室 and why
 * not), 人员 (only the section's people: scores, grades, pay), 扣分明细 (their deductions with reasons) and 违规
 * (the members' don't-let violations and the section's own). Encrypted when a password is given for the section.
 */
public final class SectionWorkbooks {

    public static final String FOLDER = "sections";

    private static final Logger LOG = LoggerFactory.getLogger(SectionWorkbooks.class);

    private final MonthlyEvaluation month;
    private final Messages m;

    public SectionWorkbooks(MonthlyEvaluation month, Messages messages) {
        this.month = month;
        this.m = messages;
    }

    /**
     * Writes every section's workbook into {@code dir}, each as one of {@code writes}; the time from the first to
     * the last is logged.
     *
     * @param passwords the sections' passwords, or null to write every workbook unprotected; must cover every section
     */
    public void write(Path dir, SectionPasswords passwords, ParallelWrites writes) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<PersonResult>> people = new LinkedHashMap<>();
        for (PersonResult r : month.results()) {
            people.computeIfAbsent(r.staff().section(), k -> new ArrayList<>()).add(r);
        }
        Map<String, PersonResult> byId = ReportCells.byId(month.results());
        String civilized = month.sections().stream().filter(SectionStanding::civilized)
                .map(SectionStanding::section).findFirst().orElseGet(() -> m.get("perf.summary.no_civilized"));
        long ranked = month.sections().stream().filter(SectionStanding::ranked).count();
        Map<String, String> names = SectionFileNames.of(
                month.sections().stream().map(SectionStanding::section).toList(), month.month());
        long started = System.nanoTime();
        AtomicInteger left = new AtomicInteger(month.sections().size());
        for (SectionStanding s : month.sections()) {
            Path file = inside(dir, names.get(s.section()));
            List<PersonResult> own = people.getOrDefault(s.section(), List.of());
            String password = passwords == null ? null : passwords.of(s.section()).orElseThrow();
            writes.submit(FOLDER, () -> {
                writeOne(file, s, own, byId, civilized, ranked, password);
                if (left.decrementAndGet() == 0) {
                    LOG.info("wrote {} ({} workbooks) in {} ms", FOLDER, names.size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            });
        }
    }

    private void writeOne(Path file, SectionStanding s, List<PersonResult> own, Map<String, PersonResult> byId,
                          String civilized, long ranked, String password) throws IOException {
        String sectionLine = m.get("perf.form.section_line", s.section());
        Heading heading = new Heading(m, month.rules().office(), month.month(), List.of(sectionLine));
        try (XlsxBook book = XlsxBook.streamed(file, password, m.get("perf.print.footer"))) {
            overview(book, heading, s, own, byId, civilized, ranked);
            PeopleForm people = new PeopleForm(m, month.rules().score());
            people.write(book, own, List.of(s.section()), month.month(), month.rules().office(), sectionLine);
            new AttendanceGrid(m).write(book, own, List.of(s.section()), month.month(),
                    heading.title("perf.grid.title") + " " + sectionLine);
            PersonSheets.deductions(book, own, heading, m);
            PersonSheets.violations(book, own, s.findings().violations(), heading, m);
            book.save();
        }
    }

    /** The file in the folder; a name that would lead elsewhere is a bug in the name function, never written. */
    public static Path inside(Path dir, String name) {
        Path file = dir.resolve(name).normalize();
        if (!dir.normalize().equals(file.getParent())) {
            throw new IllegalStateException("section file name leaves its folder: " + name);
        }
        return file;
    }

    private void overview(XlsxBook book, Heading heading, SectionStanding s, List<PersonResult> own,
                          Map<String, PersonResult> byId, String civilized, long ranked) {
        XlsxSheet sheet = book.sheet(m.get("sect.sheet.overview"), heading.title("sect.form.overview_title"),
                heading.lines(), headers(m, "perf.summary.item", "perf.summary.value"));
        sheet.row(text(m.get("perf.ranking.section")), text(s.section()));
        sheet.row(text(m.get("perf.summary.month")), text(month.month().toString()));
        sheet.row(text(m.get("perf.summary.people")), integer(own.size()));
        sheet.row(text(m.get("perf.ranking.graded")), integer(s.gradedMembers()));
        sheet.row(text(m.get("perf.ranking.rank")), s.ranked() ? integer(s.rank()) : empty());
        sheet.row(text(m.get("sect.overview.ranked_sections")), integer(ranked));
        sheet.row(text(m.get("perf.ranking.score")), number(s.score(), XlsxCell.Format.TWO));
        sheet.row(text(m.get("perf.ranking.mean")), number(s.meanScore(), XlsxCell.Format.TWO));
        sheet.row(text(m.get("perf.ranking.deduction")), number(s.findings().deduction(), XlsxCell.Format.TWO));
        sheet.row(text(m.get("perf.ranking.violations")), integer(s.violations()));
        sheet.row(text(m.get("perf.ranking.civilized")), text(ReportCells.yesNo(s.civilized(), m)));
        sheet.row(text(m.get("perf.summary.civilized")), text(civilized));
        sheet.row(text(m.get("perf.ranking.note")), text(PersonSheets.standingNote(s, byId, m)));
        sheet.row(text(m.get("sect.overview.paid")), number(own.stream().map(PersonResult::pay)
                .reduce(BigDecimal.ZERO, BigDecimal::add), XlsxCell.Format.TWO));
        Form.signOff(sheet, m);
    }
}
