package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An output root written by an earlier released commit (src/test/resources/history-fixtures/, made by
 * scripts/make-history-fixtures.sh: the demo month run once) opens with every run and every person kept: e72ea01
 * stored people as CSV parts in KAOHE_RUN_PEOPLE, 237a35b a row each in KAOHE_RUN_PERSON.
 */
class EarlierHistoryMigrationTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"e72ea01", "237a35b"})
    void anEarlierRepositoryKeepsItsRunAndPeopleInTheTypedTableAndARerunFindsEveryone(String commit)
            throws Exception {
        Path root = dir.resolve("output");
        Files.createDirectories(root.resolve(".kaohe"));
        Files.copy(Path.of("src/test/resources/history-fixtures", commit, "jobs.mv.db"),
                root.resolve(".kaohe/jobs.mv.db"));

        Captured history = Captured.run("history", "--output", root.toString());
        assertThat(history.exitCode()).isZero();
        assertThat(history.out().get(0)).isEqualTo("运行记录结构版本：6");
        assertThat(history.out()).hasSize(3);
        assertThat(history.out().get(2).replaceAll(TIME, "<time>"))
                .startsWith("1     2026-10  <time>  计算  完成  42    143150.00");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + root.resolve(".kaohe/jobs"), "sa", "");
             Statement s = c.createStatement()) {
            assertThat(rows(s, "SELECT COUNT(*), SUM(PAY) FROM KAOHE_PERSON_RESULT WHERE RUN_ID = 1"))
                    .containsExactly("42|143150.00");
            // 李秀兰: 表扬 +3 → 103.00, 好; the earlier history did not keep violation counts: NULL, not 0
            assertThat(rows(s, "SELECT RUN_MONTH, NAME, SECTION, SCORE, GRADE, VETO, PAY, COMMEND_BONUS, "
                    + "ATTENDANCE_DEDUCTION, ERROR_VIOLATIONS, DUTY_ABSENCES, INFO_DEDUCTION "
                    + "FROM KAOHE_PERSON_RESULT WHERE EMPLOYEE_ID = '1002'"))
                    .containsExactly("2026-10|李秀兰|综合科|103.00|好|false|4664.40|3.00|0.00|null|null|null");
            // the README's SQL examples, as printed there
            List<String> examples = readmeSql();
            assertThat(examples).hasSize(3);
            assertThat(rows(s, examples.get(0))).containsExactly("2026-10|103.00|好|4664.40");
            assertThat(rows(s, examples.get(1))).containsExactly("2026-10|1022|梁宇|89.00");
            assertThat(rows(s, examples.get(2))).hasSize(5).allMatch(r -> r.endsWith("|null"));
            assertThat(rows(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME IN ('KAOHE_RUN_PERSON', 'KAOHE_RUN_PEOPLE')")).containsExactly("0");
        }

        // 梁宇 was vetoed in October, but the earlier commit kept no cause: the year says so rather than guessing
        Path year = root.resolve("2026");
        assertThat(Captured.run("year", "--year", "2026", "--output", year.toString()).exitCode()).isZero();
        assertThat(Captured.run("explain", "--year", "2026", "--employee", "1022", "--output", year.toString()).out())
                .containsSequence("  2026-10  得分 89.00  较差，一票否决（运行 1）",
                        "    10 月一票否决：原因未记录（该月由旧版本的 Kaohe 计算）");

        Path month = root.resolve("2026-10");
        Captured rerun = Captured.run("run", "--month", "2026-10", "--input", "input/2026-10", "--output",
                month.toString(), "--rerun");
        assertThat(rerun.exitCode()).isZero();
        List<String> changes = Files.readAllLines(month.resolve("changes-2026-10.csv"), StandardCharsets.UTF_8);
        assertThat(changes).isNotEmpty().noneMatch(line -> line.contains("本次新增的人员"));
    }

    /** The statements of the README's ```sql block. */
    private static List<String> readmeSql() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```sql\n") + "```sql\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        List<String> statements = new ArrayList<>();
        for (String statement : block.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
