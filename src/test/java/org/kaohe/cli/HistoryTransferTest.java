package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.cli.HistoryExports.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.SmallMonth;

/**
 * {@code kaohe history export} and {@code import}: every run as CSV files and back into an empty history, the same
 * on the embedded database and on PostgreSQL (how an office moves), so exactly that a second export is identical.
 */
class HistoryTransferTest extends SmallMonthFolderTest {

    /** Three runs: the month, a failed rerun and a rerun after an appeal. */
    private Path threeRuns() throws IOException {
        assertThat(run().exitCode()).isEqualTo(0);
        SmallMonth.write(input, "leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "9999,事假,2026-10-14 08:00,2026-10-14 12:00,已批准,张伟");
        assertThat(run("--rerun").exitCode()).isEqualTo(1);
        SmallMonth.write(input, "leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "1002,事假,2026-10-13 08:00,2026-10-13 12:00,已批准,张伟");
        SmallMonth.write(input, "findings.csv", "编号,日期,督查人,工号,科室,类别,事项,严重程度,一票否决,分值,描述,证据",
                "F1,2026-10-15,孙督查,1002,,,脱岗,一般,,,上午十点不在岗,");
        assertThat(run("--rerun").exitCode()).isEqualTo(0);
        return HistoryExports.export(output.getParent(), dir.resolve("export"), 3);
    }

    @Test
    void anExportHoldsEveryRunAsCsvAndImportsIntoAnEmptyHistoryThatThenCarriesOn() throws Exception {
        Path exported = threeRuns();
        assertThat(files(exported).keySet()).containsExactly("README.md", "person-results.csv", "run-inputs.csv",
                "runs.csv", "veto-causes.csv", "violations.csv", "year-people.csv", "year-runs.csv");
        assertThat(dir.resolve("export.exporting")).doesNotExist();
        Captured overwrite = Captured.run("history", "export", "--to", exported.toString(), "--output",
                output.getParent().toString());
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).containsExactly(exported.toAbsolutePath() + " 中已经有文件；请导出到一个新的或空的文件夹");
        List<String> runs = Files.readAllLines(exported.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertThat(runs.get(0)).isEqualTo("RUN_ID,RUN_MONTH,STARTED_AT,RUN_BY,RERUN,PEOPLE,POOL,RECORDED_STATUS");
        assertThat(runs.subList(1, 4)).extracting(l -> l.replaceAll("[-0-9]{10}T[:.0-9]+", "<time>")).containsExactly(
                "1,2026-10,<time>," + System.getProperty("user.name") + ",false,4,9000.00,COMPLETED",
                "2,2026-10,<time>," + System.getProperty("user.name") + ",true,,,FAILED",
                "3,2026-10,<time>," + System.getProperty("user.name") + ",true,4,9000.00,COMPLETED");
        List<String> people = Files.readAllLines(exported.resolve("person-results.csv"), StandardCharsets.UTF_8);
        assertThat(people).hasSize(1 + 4 + 4);
        assertThat(people.get(0)).startsWith("RUN_ID,RUN_MONTH,EMPLOYEE_ID,NAME,SECTION,SCORE,GRADE,VETO,PAY,"
                + "ATTENDANCE_DEDUCTION,ERROR_DEDUCTION,FINDING_DEDUCTION,DUTY_DEDUCTION,DELAY_DEDUCTION,"
                + "BACKLOG_DEDUCTION,INFO_DEDUCTION,OVERTIME_BONUS,COMMEND_BONUS,INFO_BONUS,DELAY_VIOLATIONS,"
                + "BACKLOG_VIOLATIONS,ERROR_VIOLATIONS,NEGLECT_VIOLATIONS,IMAGE_VIOLATIONS,DUTY_ABSENCES,"
                + "INFO_MISSED_WEEKS,INFO_ADOPTED_CITY,INFO_ADOPTED_PROVINCE,INFO_ADOPTED_NATIONAL,RESULT_ROW");
        // 李娜 in run 3: her one 脱岗 finding is one 形象 (IMAGE) violation, not a 值班脱岗; no 信息报送 ledger, so no
        // missed week and no adoption (0, recorded: not empty); then her whole results row
        assertThat(people.get(6)).startsWith("3,2026-10,1002,李娜,综合科,")
                .contains(",0,0,0,0,1,0,0,0,0,0,\"工号,1002,姓名,李娜,");

        Path moved = dir.resolve("moved");
        HistoryExports.importInto(moved, exported, 3);
        assertThatTheMovedHistoryIsTheSame(exported, moved);

        Captured again = Captured.run("history", "import", "--from", exported.toString(), "--output",
                moved.toString(), "--lang", "en");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).containsExactly("The run history (" + moved.toAbsolutePath().resolve(".kaohe")
                + ") already holds runs; an export can only be imported into an empty one: use another output root "
                + "or an empty database");

        // the moved history carries on: the month is done, but this output root holds none of its outputs, so the
        // first run computes and publishes them again as run 4, comparing with run 3 (nobody changed); then it is done
        Path month = moved.resolve("2026-10");
        assertThat(Captured.run("run", "--month", "2026-10", "--input", input.toString(), "--output",
                month.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(month.resolve("changes-2026-10.csv"), StandardCharsets.UTF_8)).hasSize(1);
        assertThat(Captured.run("run", "--month", "2026-10", "--input", input.toString(), "--output",
                month.toString()).exitCode()).isEqualTo(3);
        assertThat(Captured.run("history", "--output", moved.toString()).out()).hasSize(6)
                .last().asString().startsWith("4     2026-10");
    }

    @Test
    void anOfficeMovesFromTheEmbeddedDatabaseToPostgresql() throws Exception {
        Path exported = threeRuns();
        HistoryExports.importIntoPostgres(exported,
                () -> assertThatTheMovedHistoryIsTheSame(exported, dir.resolve("unused")));
    }

    /** The history lists the same runs, and exporting it again writes the same files. */
    private void assertThatTheMovedHistoryIsTheSame(Path exported, Path movedRoot) throws IOException {
        assertThat(HistoryExports.sameHistory(output.getParent(), movedRoot, exported, dir.resolve("export-again")))
                .hasSize(5);
    }
}
