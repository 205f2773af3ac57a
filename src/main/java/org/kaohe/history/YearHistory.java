package org.kaohe.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.kaohe.common.IdOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The year runs kept beside the month runs (SPEC §6): which month runs each read, and every person's year grade, so
 * that a later year finds who was 优秀 before (记三等功) without old output files. A year run's id is its job
 * execution id and its status that execution's (or, imported from an export, the status it had where it ran).
 */
@Component
public class YearHistory {

    private static final String RUNS = "SELECT r.RUN_ID, r.RUN_YEAR, r.STARTED_AT, " + RunHistory.STATUS
            + ", r.RUN_BY, r.RERUN, r.MONTH_RUNS, r.FINGERPRINT, r.PEOPLE FROM KAOHE_YEAR_RUN r "
            + "LEFT JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID ";

    private final JdbcTemplate jdbc;

    /** The tables are Flyway's (db/migration/V4__year.sql), created before this is made. */
    public YearHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void started(long runId, Year year, LocalDateTime startedAt, String runBy, boolean rerun,
                        Map<YearMonth, Long> monthRuns, String fingerprint) {
        jdbc.update("INSERT INTO KAOHE_YEAR_RUN (RUN_ID, RUN_YEAR, STARTED_AT, RUN_BY, RERUN, MONTH_RUNS, FINGERPRINT) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", runId, year.getValue(), Timestamp.valueOf(startedAt), runBy,
                rerun, encode(monthRuns), fingerprint);
    }

    /** Every person's year, recorded in the transaction of the run's last step. */
    public void results(long runId, List<YearPersonResult> people) {
        jdbc.update("UPDATE KAOHE_YEAR_RUN SET PEOPLE = ? WHERE RUN_ID = ?", people.size(), runId);
        jdbc.batchUpdate("INSERT INTO KAOHE_YEAR_PERSON (RUN_ID, EMPLOYEE_ID, NAME, SECTION, YEAR_GRADE, YEAR_SCORE, "
                + "AWARD, BONUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", people.stream().map(p -> new Object[] {runId,
                    p.employeeId(), p.name(), p.section(), p.grade(), p.yearScore(), p.award(), p.bonus()}).toList(),
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL,
                    Types.VARCHAR, Types.DECIMAL});
    }

    /** Every person's year as a completed year run recorded it, by 工号. */
    public List<YearPersonResult> people(long runId) {
        List<YearPersonResult> people = new ArrayList<>(jdbc.query("SELECT EMPLOYEE_ID, NAME, SECTION, YEAR_GRADE, "
                + "YEAR_SCORE, AWARD, BONUS FROM KAOHE_YEAR_PERSON WHERE RUN_ID = ?",
                (rs, n) -> new YearPersonResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7)), runId));
        people.sort(Comparator.comparing(YearPersonResult::employeeId, IdOrder.NATURAL));
        return people;
    }

    /** Every year run, oldest first. */
    public List<YearRunRecord> runs() {
        return jdbc.query(RUNS + "ORDER BY r.RUN_ID", (rs, n) -> run(rs));
    }

    public Optional<YearRunRecord> lastCompleted(Year year) {
        return jdbc.query(RUNS + "WHERE r.RUN_YEAR = ? AND " + RunHistory.STATUS + " = ? ORDER BY r.RUN_ID DESC",
                (rs, n) -> run(rs),
                year.getValue(), RunRecord.COMPLETED).stream().findFirst();
    }

    /** The 工号 with the given grade code in the year's last completed run; empty when the year was never run. */
    public Set<String> graded(Year year, String gradeCode) {
        return lastCompleted(year).map(r -> new HashSet<>(jdbc.queryForList(
                "SELECT EMPLOYEE_ID FROM KAOHE_YEAR_PERSON WHERE RUN_ID = ? AND YEAR_GRADE = ?", String.class,
                r.id(), gradeCode))).map(Set::copyOf).orElse(Set.of());
    }

    private static YearRunRecord run(ResultSet rs) throws SQLException {
        Integer people = rs.getObject(9) == null ? null : rs.getInt(9);
        return new YearRunRecord(rs.getLong(1), Year.of(rs.getInt(2)), rs.getTimestamp(3).toLocalDateTime(),
                rs.getString(4), rs.getString(5), rs.getBoolean(6), decode(rs.getString(7)), rs.getString(8),
                people);
    }

    /** "2026-01=5;2026-02=9": the month runs a year run read, short enough for one column. */
    static String encode(Map<YearMonth, Long> monthRuns) {
        return new TreeMap<>(monthRuns).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<YearMonth, Long> decode(String text) {
        Map<YearMonth, Long> runs = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                runs.put(YearMonth.parse(pair.substring(0, eq)), Long.valueOf(pair.substring(eq + 1)));
            }
        }
        return runs;
    }
}
