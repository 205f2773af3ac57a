package org.kaohe.history;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.common.Coded;
import org.kaohe.common.IdOrder;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.DontLet;
import org.kaohe.report.ResultColumn;
import org.kaohe.scoring.Grade;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table {@code KAOHE_PERSON_RESULT}: a row per person per completed run. The typed columns are read from the
 * person's results row by header, so they can never disagree with it; the grade is kept as its Chinese term (好,
 * 较差 …) so that an analyst's SQL reads like the reports. A vetoed person's causes go to {@code KAOHE_VETO_CAUSE}.
 */
final class PersonResults {

    /** Rows sent to the database at once: large enough that a province is a few hundred round trips. */
    static final int BATCH = 1000;

    /** Typed decimal columns and the results header each is read from. */
    private static final List<Map.Entry<String, String>> DECIMALS = List.of(
            Map.entry("ATTENDANCE_DEDUCTION", ResultColumn.ATTENDANCE_POINTS.header()),
            Map.entry("ERROR_DEDUCTION", ResultColumn.ERROR_POINTS.header()),
            Map.entry("FINDING_DEDUCTION", ResultColumn.FINDING_POINTS.header()),
            Map.entry("DUTY_DEDUCTION", ResultColumn.DUTY_POINTS.header()),
            Map.entry("DELAY_DEDUCTION", ResultColumn.DELAY_POINTS.header()),
            Map.entry("BACKLOG_DEDUCTION", ResultColumn.BACKLOG_POINTS.header()),
            // NULL for a run made before the results had the 信息报送 columns
            Map.entry("INFO_DEDUCTION", ResultColumn.INFORMATION_POINTS.header()),
            Map.entry("OVERTIME_BONUS", ResultColumn.OVERTIME_POINTS.header()),
            Map.entry("COMMEND_BONUS", ResultColumn.COMMEND_POINTS.header()),
            Map.entry("INFO_BONUS", ResultColumn.ADOPTION_POINTS.header()));

    private static final List<DontLet> KINDS = List.of(DontLet.values());

    /** The columns of {@link YearCounts}, in the order of its components; all NULL when a run did not record them. */
    private static final List<String> YEAR_COUNTS = List.of("DUTY_ABSENCES", "INFO_MISSED_WEEKS", "INFO_ADOPTED_CITY",
            "INFO_ADOPTED_PROVINCE", "INFO_ADOPTED_NATIONAL");

    /** The 绩效基数 and 信息报送 columns, added by V4 (the year). */
    private static final List<String> YEAR_BASIS = List.of("PAY_BASE", "INFO_DUTY");

    private static final String INSERT_CAUSE = "INSERT INTO KAOHE_VETO_CAUSE (RUN_ID, EMPLOYEE_ID, SEQ, REASON, "
            + "REASON_EN, SOURCE_FILE, SOURCE_SHEET, SOURCE_ROW) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int[] CAUSE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT};

    private final JdbcTemplate jdbc;
    private final boolean yearBasis;
    private final String insert;

    PersonResults(JdbcTemplate jdbc) {
        this(jdbc, true);
    }

    private PersonResults(JdbcTemplate jdbc, boolean yearBasis) {
        this.jdbc = jdbc;
        this.yearBasis = yearBasis;
        List<String> columns = new ArrayList<>(List.of("RUN_ID", "RUN_MONTH", "EMPLOYEE_ID", "NAME", "SECTION",
                "SCORE", "GRADE", "VETO", "PAY"));
        DECIMALS.forEach(d -> columns.add(d.getKey()));
        KINDS.forEach(k -> columns.add(k.name() + "_VIOLATIONS"));
        columns.addAll(YEAR_COUNTS);
        if (yearBasis) {
            columns.addAll(YEAR_BASIS);
        }
        columns.add("RESULT_ROW");
        this.insert = "INSERT INTO KAOHE_PERSON_RESULT (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
    }

    /** For the migration that runs before V4: the table has no 绩效基数/信息报送 columns yet. */
    static PersonResults beforeYearBasis(JdbcTemplate jdbc) {
        return new PersonResults(jdbc, false);
    }

    /**
     * Inserts the run's people in batches, each snapshot made as it is sent, and their veto causes after each batch
     * (taken from the snapshots as they pass: making them twice would double the time a province takes).
     */
    void insert(long runId, String month, List<PersonSnapshot> people) {
        for (int from = 0; from < people.size(); from += BATCH) {
            List<PersonSnapshot> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            List<Object[]> causes = new ArrayList<>();
            jdbc.batchUpdate(insert, batch, batch.size(), (ps, p) -> {
                set(ps, runId, month, p);
                for (int seq = 0; seq < p.vetoCauses().size(); seq++) {
                    VetoCause c = p.vetoCauses().get(seq);
                    SourceRef s = c.source();
                    causes.add(new Object[] {runId, p.employeeId(), seq + 1, c.reason(), c.reasonEn(),
                        s == null ? null : s.file(), s == null ? null : s.sheet(), s == null ? null : s.row()});
                }
            });
            if (!causes.isEmpty()) {
                jdbc.batchUpdate(INSERT_CAUSE, causes, CAUSE_TYPES);
            }
        }
    }

    private void set(PreparedStatement ps, long runId, String month, PersonSnapshot p) throws SQLException {
        int i = 1;
        ps.setLong(i++, runId);
        ps.setString(i++, month);
        ps.setString(i++, p.employeeId());
        ps.setString(i++, p.name());
        ps.setString(i++, p.section());
        ps.setBigDecimal(i++, p.score());
        ps.setString(i++, p.grade().zh());
        String veto = p.columns().get(ResultColumn.VETO.header());
        if (veto == null) {
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setBoolean(i++, veto.equals("是"));
        }
        ps.setBigDecimal(i++, p.pay());
        for (Map.Entry<String, String> d : DECIMALS) {
            String cell = p.columns().get(d.getValue());
            ps.setBigDecimal(i++, cell == null || cell.isEmpty() ? null : new BigDecimal(cell));
        }
        for (DontLet kind : KINDS) {
            setCount(ps, i++, p.violations().isEmpty() ? null : p.violations().getOrDefault(kind, 0));
        }
        YearCounts c = p.yearCounts();
        List<Integer> counts = c == null ? Collections.nCopies(YEAR_COUNTS.size(), null)
                : List.of(c.dutyAbsences(), c.infoMissedWeeks(), c.adoptionsCity(), c.adoptionsProvince(),
                        c.adoptionsNational());
        for (Integer n : counts) {
            setCount(ps, i++, n);
        }
        if (yearBasis) {
            YearBasis basis = p.yearBasis();
            ps.setBigDecimal(i++, basis == null ? null : basis.payBase());
            if (basis == null) {
                ps.setNull(i++, Types.BOOLEAN);
            } else {
                ps.setBoolean(i++, basis.informationDuty());
            }
        }
        ps.setString(i, ResultRow.encode(p.columns()));
    }

    private static void setCount(PreparedStatement ps, int i, Integer n) throws SQLException {
        if (n == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, n);
        }
    }

    /** Every person of a run, by 工号 as the results file lists them. */
    List<PersonSnapshot> of(long runId) {
        Map<String, List<VetoCause>> causes = vetoCauses(runId);
        List<PersonSnapshot> people = new ArrayList<>(jdbc.query("SELECT EMPLOYEE_ID, NAME, SECTION, SCORE, GRADE, "
                + "PAY, RESULT_ROW, " + String.join(", ", KINDS.stream().map(k -> k.name() + "_VIOLATIONS").toList())
                + ", " + String.join(", ", YEAR_COUNTS) + ", " + String.join(", ", YEAR_BASIS)
                + " FROM KAOHE_PERSON_RESULT WHERE RUN_ID = ?",
                (rs, n) -> {
                    Map<DontLet, Integer> violations = new EnumMap<>(DontLet.class);
                    for (int k = 0; k < KINDS.size(); k++) {
                        int count = rs.getInt(8 + k);
                        if (!rs.wasNull()) {
                            violations.put(KINDS.get(k), count);
                        }
                    }
                    int first = 8 + KINDS.size();
                    rs.getInt(first);
                    YearCounts counts = rs.wasNull() ? null : new YearCounts(rs.getInt(first), rs.getInt(first + 1),
                            rs.getInt(first + 2), rs.getInt(first + 3), rs.getInt(first + 4));
                    BigDecimal payBase = rs.getBigDecimal(first + YEAR_COUNTS.size());
                    YearBasis basis = payBase == null ? null
                            : new YearBasis(payBase, rs.getBoolean(first + YEAR_COUNTS.size() + 1));
                    return new PersonSnapshot(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), grade(rs.getString(5)), rs.getBigDecimal(6),
                            ResultRow.decode(rs.getString(7)), violations, counts, basis,
                            causes.getOrDefault(rs.getString(1), List.of()));
                }, runId));
        people.sort(Comparator.comparing(PersonSnapshot::employeeId, IdOrder.NATURAL));
        return people;
    }

    /** The causes of the run's vetoed people, by 工号, in the order the month found them. */
    private Map<String, List<VetoCause>> vetoCauses(long runId) {
        Map<String, List<VetoCause>> causes = new HashMap<>();
        jdbc.query("SELECT EMPLOYEE_ID, REASON, REASON_EN, SOURCE_FILE, SOURCE_SHEET, SOURCE_ROW "
                + "FROM KAOHE_VETO_CAUSE WHERE RUN_ID = ? ORDER BY EMPLOYEE_ID, SEQ", rs -> {
                    String file = rs.getString(4);
                    SourceRef source = file == null ? null : new SourceRef(file, rs.getString(5), rs.getLong(6));
                    causes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new VetoCause(rs.getString(2), rs.getString(3), source));
                }, runId);
        return causes;
    }

    /** 较差, or POOR as the first history stored it. */
    static Grade grade(String text) {
        return Coded.parse(Grade.class, text)
                .orElseThrow(() -> new IllegalStateException("unknown grade in the run history: " + text));
    }
}
