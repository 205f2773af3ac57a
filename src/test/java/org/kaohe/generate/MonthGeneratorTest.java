package org.kaohe.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.calendar.WorkCalendar;
import org.kaohe.evaluation.InputTally;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.CollectingSink;
import org.kaohe.input.InputFolder;
import org.kaohe.input.InputKind;
import org.kaohe.report.ResultsCsv;
import org.kaohe.scoring.ScoreColumn;

/** The synthetic month: deterministic, read by Kaohe like a real one, the same in CSV and XLSX. */
class MonthGeneratorTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    /** September 2026 has 22 working days by the shipped calendar (中秋 25–27 falls partly on a weekend). */
    private static final int WORKDAYS = 22;

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws Exception {
        generate("a", 60, 7, false, 1);
        generate("b", 60, 7, false, 1);
        generate("c", 60, 8, false, 1);
        for (String file : List.of("staff.csv", "punches-1.csv", "leave.csv", "overtime.csv", "duty.csv",
                "information.csv")) {
            assertThat(dir.resolve("b").resolve(file)).as(file).hasSameBinaryContentAs(dir.resolve("a").resolve(file));
        }
        assertThat(Files.mismatch(dir.resolve("a/punches-1.csv"), dir.resolve("c/punches-1.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void writesEveryKindAtItsRatesAndKaoheAcceptsTheMonth() throws Exception {
        MonthGenerator.Written written = generate("m", 400, 1, false, 1);
        assertThat(written.rows().keySet()).containsExactlyInAnyOrder(InputKind.STAFF, InputKind.PUNCHES,
                InputKind.LEAVE, InputKind.ERRORS, InputKind.OVERTIME, InputKind.FINDINGS, InputKind.DUTY,
                InputKind.TASKS, InputKind.DOCUMENTS, InputKind.INFORMATION);
        assertThat(written.rows().get(InputKind.STAFF)).isEqualTo(400);
        // four punches a working day for nearly everyone (3 % exempt, a little leave and absence)
        assertThat(written.rows().get(InputKind.PUNCHES)).isBetween((long) (0.9 * 400 * WORKDAYS * 4),
                (long) (400 * WORKDAYS * 4));
        assertThat(written.rows().get(InputKind.DUTY)).isEqualTo(30);
        assertThat(written.rows().get(InputKind.TASKS)).isEqualTo(20);
        assertThat(written.rows().get(InputKind.DOCUMENTS)).isEqualTo(100);
        assertThat(written.rows().get(InputKind.LEAVE)).isBetween(10L, 60L);
        assertThat(Files.readString(dir.resolve("m/punches-1.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFF工号,打卡时间,设备\r\n1000");

        MonthlyEvaluation month = evaluate(dir.resolve("m"));
        Map<InputKind, InputTally> tallies = month.tallies().stream()
                .collect(Collectors.toMap(InputTally::kind, t -> t));
        assertThat(tallies.get(InputKind.STAFF).accepted()).isEqualTo(400);
        assertThat(tallies.get(InputKind.PUNCHES).accepted() + tallies.get(InputKind.PUNCHES).rejected())
                .isEqualTo(written.rows().get(InputKind.PUNCHES));
        // a few punches of numbers nobody has, well under the 5 % that would stop a run
        assertThat(tallies.get(InputKind.PUNCHES).rejected()).isPositive()
                .isLessThan(written.rows().get(InputKind.PUNCHES) / 1000);
        assertThat(month.results()).hasSize(400);
        assertThat(month.results()).anyMatch(r -> r.attendance().late() > 0);
        assertThat(month.results()).anyMatch(r -> r.attendance().missing() > 0);
        assertThat(month.results()).anyMatch(r -> r.verifiedOvertimeHours().signum() > 0);
        // the ledger runs from the first Monday of the year to September's last week (its Thursday 09-24): 38 weeks,
        // a piece in 95 % of them from each secretary (about 8 %), a few from the others
        long secretaries = month.results().stream().filter(r -> r.staff().infoDuty()).count();
        assertThat(secretaries).isBetween(16L, 48L);
        assertThat(written.rows().get(InputKind.INFORMATION)).isBetween((long) (0.9 * secretaries * 38),
                secretaries * 38 + 400 * 38 / 100);
        assertThat(tallies.get(InputKind.INFORMATION).rejected())
                .isLessThan(written.rows().get(InputKind.INFORMATION) / 100);
        assertThat(month.results()).anyMatch(r -> r.card().total(ScoreColumn.INFORMATION).signum() > 0);
        assertThat(month.results()).anyMatch(r -> r.card().total(ScoreColumn.ADOPTION).signum() > 0);
    }

    @Test
    void aWorkbookMonthGivesTheSameResultsAsItsCsvTwin() throws Exception {
        generate("csv", 120, 3, false, 1);
        generate("xlsx", 120, 3, true, 1);
        try (Stream<Path> files = Files.list(dir.resolve("xlsx"))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".xlsx"));
        }
        assertThat(results(dir.resolve("xlsx"))).isEqualTo(results(dir.resolve("csv")));
    }

    @Test
    void punchCopiesDoubleTheRowsAndChangeNoResult() throws Exception {
        MonthGenerator.Written once = generate("once", 120, 5, false, 1);
        MonthGenerator.Written twice = generate("twice", 120, 5, false, 2);
        assertThat(twice.rows().get(InputKind.PUNCHES)).isEqualTo(2 * once.rows().get(InputKind.PUNCHES));
        assertThat(dir.resolve("twice/punches-2.csv")).hasSameBinaryContentAs(dir.resolve("twice/punches-1.csv"));
        assertThat(results(dir.resolve("twice"))).isEqualTo(results(dir.resolve("once")));
    }

    @Test
    void aWorkbookContinuesOnANewSheetWhenOneIsFull() throws Exception {
        Path file = dir.resolve("punches.xlsx");
        try (XlsxTableWriter w = new XlsxTableWriter(file, "打卡记录", List.of("工号", "打卡时间"), 4)) {
            for (int i = 1; i <= 7; i++) {
                w.row("100" + i, LocalDateTime.of(2026, 9, 1, 8, i));
            }
        }
        CollectingSink sink = new CollectingSink();
        new InputFolder(dir).read(InputKind.PUNCHES, sink);
        assertThat(sink.warnings).isEmpty();
        assertThat(sink.rejections).isEmpty();
        List<String> rows = sink.rows.stream()
                .map(r -> r.source().label() + " " + r.get("employee_id") + " " + r.get("punch_time")).toList();
        // four rows a sheet, header included: three data rows on each
        assertThat(rows).containsExactly("punches.xlsx!打卡记录:2 1001 2026-09-01 08:01:00",
                "punches.xlsx!打卡记录:3 1002 2026-09-01 08:02:00", "punches.xlsx!打卡记录:4 1003 2026-09-01 08:03:00",
                "punches.xlsx!打卡记录2:2 1004 2026-09-01 08:04:00", "punches.xlsx!打卡记录2:3 1005 2026-09-01 08:05:00",
                "punches.xlsx!打卡记录2:4 1006 2026-09-01 08:06:00", "punches.xlsx!打卡记录3:2 1007 2026-09-01 08:07:00");
    }

    private MonthGenerator.Written generate(String name, int people, long seed, boolean xlsx, int copies)
            throws Exception {
        WorkCalendar calendar = WorkCalendar.load(Path.of("jobs/calendar"));
        return new MonthGenerator(new MonthGenerator.Settings(people, SEPTEMBER, seed, xlsx, copies),
                calendar::typeOf).write(dir.resolve(name));
    }

    private static MonthlyEvaluation evaluate(Path input) throws Exception {
        MonthlyEvaluation month = MonthlyEvaluation.open(SEPTEMBER, Path.of("jobs/rules.yml"), input);
        month.readAll();
        month.checkInputs(InputKind.values());
        month.evaluateAttendance();
        month.score();
        month.pay();
        return month;
    }

    private String results(Path input) throws Exception {
        Path file = Files.createTempFile(dir, "results", ".csv");
        ResultsCsv.write(file, evaluate(input).results());
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
