package org.kaohe.history;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.kaohe.common.IdOrder;
import org.kaohe.discipline.DontLet;
import org.kaohe.input.InputChecksums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of every month kept in the job repository beside Spring Batch's own tables (plain SQL that H2 and
 * PostgreSQL both accept; the tables are created when absent): who ran which month from which inputs, and for each
 * completed run every person's result and the don't-let violation counts, so reruns and month-over-month reports
 * never depend on old output files. A run's id is its job execution id, and its status is that execution's.
 */
@Component
public class RunHistory {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS KAOHE_RUN (RUN_ID BIGINT PRIMARY KEY, RUN_MONTH VARCHAR(7) NOT NULL, "
                    + "STARTED_AT TIMESTAMP NOT NULL, RUN_BY VARCHAR(200), RERUN BOOLEAN NOT NULL, PEOPLE INT, "
                    + "POOL DECIMAL(18,2))",
            "CREATE TABLE IF NOT EXISTS KAOHE_RUN_INPUT (RUN_ID BIGINT NOT NULL, FILE_NAME VARCHAR(1000) NOT NULL, "
                    + "SHA256 VARCHAR(64) NOT NULL, PRIMARY KEY (RUN_ID, FILE_NAME))",
            "CREATE TABLE IF NOT EXISTS KAOHE_RUN_PEOPLE (RUN_ID BIGINT NOT NULL, PART INT NOT NULL, "
                    + "PEOPLE VARCHAR NOT NULL, PRIMARY KEY (RUN_ID, PART))",
            "CREATE TABLE IF NOT EXISTS KAOHE_RUN_VIOLATIONS (RUN_ID BIGINT NOT NULL, DONT_LET VARCHAR(16) NOT NULL, "
                    + "SECTION VARCHAR(1000) NOT NULL, VIOLATIONS INT NOT NULL, "
                    + "PRIMARY KEY (RUN_ID, DONT_LET, SECTION))");

    private static final String RUNS = "SELECT r.RUN_ID, r.RUN_MONTH, r.STARTED_AT, r.RUN_BY, r.RERUN, r.PEOPLE, "
            + "r.POOL, e.STATUS FROM KAOHE_RUN r JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID ";

    private final JdbcTemplate jdbc;

    public RunHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        SCHEMA.forEach(jdbc::execute);
    }

    /** A run has started: its month, when, by whom, whether as a rerun, and the checksums of its inputs. */
    public void started(long runId, YearMonth month, LocalDateTime startedAt, String runBy, boolean rerun,
                        InputChecksums inputs) {
        jdbc.update("INSERT INTO KAOHE_RUN (RUN_ID, RUN_MONTH, STARTED_AT, RUN_BY, RERUN) VALUES (?, ?, ?, ?, ?)",
                runId, month.toString(), Timestamp.valueOf(startedAt), runBy, rerun);
        jdbc.batchUpdate("INSERT INTO KAOHE_RUN_INPUT (RUN_ID, FILE_NAME, SHA256) VALUES (?, ?, ?)",
                inputs.files().entrySet().stream().map(e -> new Object[] {runId, e.getKey(), e.getValue()}).toList());
    }

    /**
     * What a run computed, recorded in the transaction of its last step, so a run counts as completed in the
     * history exactly when its results are here.
     */
    public void results(long runId, List<PersonSnapshot> people, BigDecimal pool,
                        List<MonthViolationCounts.Count> violations) {
        jdbc.update("UPDATE KAOHE_RUN SET PEOPLE = ?, POOL = ? WHERE RUN_ID = ?", people.size(), pool, runId);
        List<String> parts = PeopleParts.of(people);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            rows.add(new Object[] {runId, i, parts.get(i)});
        }
        jdbc.batchUpdate("INSERT INTO KAOHE_RUN_PEOPLE (RUN_ID, PART, PEOPLE) VALUES (?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO KAOHE_RUN_VIOLATIONS (RUN_ID, DONT_LET, SECTION, VIOLATIONS) VALUES (?, ?, ?, ?)",
                violations.stream().map(c -> new Object[] {runId, c.dontLet().name(), c.section(), c.violations()})
                        .toList());
    }

    /** Every run, oldest first. */
    public List<RunRecord> runs() {
        return jdbc.query(RUNS + "ORDER BY r.RUN_ID", (rs, n) -> run(rs));
    }

    /** The month's latest completed run. */
    public Optional<RunRecord> lastCompleted(YearMonth month) {
        List<RunRecord> done = jdbc.query(RUNS + "WHERE r.RUN_MONTH = ? AND e.STATUS = ? ORDER BY r.RUN_ID DESC",
                (rs, n) -> run(rs), month.toString(), RunRecord.COMPLETED);
        return done.stream().findFirst();
    }

    /** Every person's result in a completed run, by 工号 as the results file lists them. */
    public List<PersonSnapshot> people(long runId) {
        List<PersonSnapshot> people = new ArrayList<>();
        jdbc.query("SELECT PEOPLE FROM KAOHE_RUN_PEOPLE WHERE RUN_ID = ? ORDER BY PART",
                (ResultSet rs) -> {
                    people.addAll(PeopleParts.read(rs.getString(1)));
                }, runId);
        return people.stream().sorted(Comparator.comparing(PersonSnapshot::employeeId, IdOrder.NATURAL)).toList();
    }

    /** The violation counts of every month up to and including {@code upTo} that has a completed run, by month. */
    public List<MonthViolationCounts> trend(YearMonth upTo) {
        Map<YearMonth, Long> latest = new TreeMap<>();
        jdbc.query(RUNS + "WHERE e.STATUS = ? AND r.RUN_MONTH <= ? ORDER BY r.RUN_ID",
                (ResultSet rs) -> {
                    latest.put(YearMonth.parse(rs.getString(2)), rs.getLong(1));
                }, RunRecord.COMPLETED, upTo.toString());
        List<MonthViolationCounts> trend = new ArrayList<>();
        latest.forEach((month, runId) -> trend.add(new MonthViolationCounts(month, runId, jdbc.query(
                "SELECT DONT_LET, SECTION, VIOLATIONS FROM KAOHE_RUN_VIOLATIONS WHERE RUN_ID = ?",
                (rs, n) -> new MonthViolationCounts.Count(DontLet.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getInt(3)), runId).stream()
                .sorted(Comparator.comparing(MonthViolationCounts.Count::dontLet)
                        .thenComparing(MonthViolationCounts.Count::section)).toList())));
        return trend;
    }

    private RunRecord run(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Integer people = rs.getObject(6) == null ? null : rs.getInt(6);
        return new RunRecord(id, YearMonth.parse(rs.getString(2)), rs.getTimestamp(3).toLocalDateTime(),
                rs.getString(8), rs.getString(4), rs.getBoolean(5), inputs(id), people, rs.getBigDecimal(7));
    }

    private InputChecksums inputs(long runId) {
        TreeMap<String, String> files = new TreeMap<>();
        jdbc.query("SELECT FILE_NAME, SHA256 FROM KAOHE_RUN_INPUT WHERE RUN_ID = ?",
                (ResultSet rs) -> {
                    files.put(rs.getString(1), rs.getString(2));
                }, runId);
        return new InputChecksums(files);
    }}
