package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.cli.HistoryExports.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.FileTrees;

/**
 * {@code kaohe history export} and {@code import} carry the year: its runs, each person's year and the months' veto
 * causes, so that a moved history still explains a vetoed month and knows the year as done.
 */
class YearHistoryTransferTest {

    @TempDir
    Path dir;

    private Path root() {
        return dir.resolve("output");
    }

    /** March with Y01's drinking on row 2 of findings.csv (run 1), then the year (run 2), exported. */
    private Path vetoedMonthAndItsYear() throws IOException {
        ThreePeople.runMonth(dir, "2026-03", "F3,2026-03-10,孙督查,Y01,,,工作日饮酒,一般,是,,午餐饮酒,");
        assertThat(Captured.run("year", "--year", "2026", "--output", root().resolve("2026").toString()).exitCode())
                .isZero();
        return HistoryExports.export(root(), dir.resolve("export"), 2);
    }

    @Test
    void anExportCarriesTheYearRunsTheirPeopleAndTheVetoCausesAndTheMovedHistoryCarriesOn() throws Exception {
        Path exported = vetoedMonthAndItsYear();

        assertThat(files(exported).keySet()).containsExactly("README.md", "person-results.csv", "run-inputs.csv",
                "runs.csv", "veto-causes.csv", "violations.csv", "year-people.csv", "year-runs.csv");
        assertThat(lines(exported, "veto-causes.csv")).containsExactly(
                "RUN_ID,EMPLOYEE_ID,SEQ,REASON,REASON_EN,SOURCE_FILE,SOURCE_SHEET,SOURCE_ROW",
                "1,Y01,1,工作日饮酒：午餐饮酒,drinking on a working day: 午餐饮酒,findings.csv,,2");
        assertThat(lines(exported, "year-runs.csv")).extracting(l -> l.replaceAll("[-0-9]{10}T[:.0-9]+", "<time>")
                .replaceAll("[0-9a-f]{64}", "<sha256>")).containsExactly(
                "RUN_ID,RUN_YEAR,STARTED_AT,RUN_BY,RERUN,MONTH_RUNS,FINGERPRINT,PEOPLE,RECORDED_STATUS",
                "2,2026,<time>," + System.getProperty("user.name") + ",false,2026-03=1,<sha256>,3,COMPLETED");
        // one month: nobody has a grade; 98 and 100 less nothing; no 考核奖 without a grade (Y01 is vetoed anyway)
        assertThat(lines(exported, "year-people.csv")).containsExactly(
                "RUN_ID,EMPLOYEE_ID,YEAR_GRADE,NAME,SECTION,YEAR_SCORE,AWARD,BONUS",
                "2,Y01,UNDETERMINED,甲,综合科,98.00,,0.00",
                "2,Y02,UNDETERMINED,乙,综合科,100.00,,0.00",
                "2,Y03,UNDETERMINED,丙,综合科,100.00,,0.00");

        Path moved = dir.resolve("moved");
        HistoryExports.importInto(moved, exported, 2);
        assertThatTheMovedHistoryIsTheSame(exported, moved);

        Path year = moved.resolve("2026");
        assertThat(Captured.run("explain", "--year", "2026", "--employee", "Y01", "--output", year.toString()).out())
                .contains("    3 月一票否决：工作日饮酒：午餐饮酒，findings.csv 第2行");
        // the imported year run counts as done, but this root holds none of its outputs: computed again as run 3
        // (the execution ids moved past both runs), against run 2 (nobody changed)
        Captured again = Captured.run("year", "--year", "2026", "--output", year.toString());
        assertThat(again.exitCode()).as(String.join("\n", again.err())).isZero();
        assertThat(again.out().get(0)).isEqualTo("运行记录显示 2026 已经完成，但 " + year
                + " 中的结果缺失或不完整，现在重新计算并写出");
        assertThat(Files.readAllLines(year.resolve("changes-2026.csv"), StandardCharsets.UTF_8)).hasSize(1);
        assertThat(Captured.run("history", "--output", moved.toString()).out()).last().asString()
                .startsWith("3     2026  ");

        // an export written before the year's tables were exported has none of their files: imported all the same
        Path older = dir.resolve("older");
        FileTrees.copy(exported, older);
        for (String file : List.of("veto-causes.csv", "year-runs.csv", "year-people.csv")) {
            Files.delete(older.resolve(file));
        }
        HistoryExports.importInto(dir.resolve("from-older"), older, 1);
    }

    @Test
    void theYearMovesToPostgresqlWithTheMonths() throws Exception {
        Path exported = vetoedMonthAndItsYear();
        HistoryExports.importIntoPostgres(exported,
                () -> assertThatTheMovedHistoryIsTheSame(exported, dir.resolve("unused")));
    }

    /** The history lists the same month and year runs, and exporting it again writes the same files. */
    private void assertThatTheMovedHistoryIsTheSame(Path exported, Path movedRoot) throws IOException {
        assertThat(HistoryExports.sameHistory(root(), movedRoot, exported, dir.resolve("export-again")))
                .anyMatch(l -> l.startsWith("2     2026  "));
    }

    private static List<String> lines(Path folder, String file) throws IOException {
        return Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
    }
}
