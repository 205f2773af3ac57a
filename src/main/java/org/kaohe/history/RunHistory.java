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
import org.kaohe.discipline.DontLet;
import org.kaohe.input.InputChecksums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of every month kept in the job repository beside Spring Batch's own tables (plain SQL that H2 and
 * PostgreSQL both accept; the tables are versioned by the Flyway migrations in db/migration): who ran which month
 * from which inputs, and for each completed run every person's result (a typed row each in KAOHE_PERSON_RESULT)
 * and the don't-let violation counts, so reruns and month-over-month reports never depend on old output files. A
 * run's id is its job execution id, and its status is that execution's.
 */
@Component
public class RunHistory {

    /** A run imported from an export has no job execution; it keeps the status it had where it ran. */
    static final String STATUS = "COALESCE(e.STATUS, r.RECORDED_STATUS)";

    private static final String RUNS = "SELECT r.RUN_ID, r.RUN_MONTH, r.STARTED_AT, r.RUN_BY, r.RERUN, r.PEOPLE, "
            + "r.POOL, " + STATUS + " FROM KAOHE_RUN r "
            + "LEFT JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID ";

    private final JdbcTemplate jdbc;
    private final PersonResults personResults;

    /** The tables are Flyway's to create and migrate (db/migration), before this is made. */
    public RunHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.personResults = new PersonResults(jdbc);
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
        String month = jdbc.queryForObject("SELECT RUN_MONTH FROM KAOHE_RUN WHERE RUN_ID = ?", String.class, runId);
        personResults.insert(runId, month, people);
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
        List<RunRecord> done = jdbc.query(RUNS + "WHERE r.RUN_MONTH = ? AND " + STATUS + " = ? ORDER BY r.RUN_ID DESC",
                (rs, n) -> run(rs), month.toString(), RunRecord.COMPLETED);
        return done.stream().findFirst();
    }

    /** Every person's result in a completed run, by 工号 as the results file lists them. */
    public List<PersonSnapshot> people(long runId) {
        return personResults.of(runId);
    }

    /** The violation counts of every month up to and including {@code upTo} that has a completed run, by month. */
    public List<MonthViolationCounts> trend(YearMonth upTo) {
        Map<YearMonth, Long> latest = new TreeMap<>();
        jdbc.query(RUNS + "WHERE " + STATUS + " = ? AND r.RUN_MONTH <= ? ORDER BY r.RUN_ID",
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
    }
}
