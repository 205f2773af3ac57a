package org.kaohe.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 3: the people of runs recorded by earlier commits — a {@code KAOHE_RUN_PERSON} row each (before
 * ff8a993) or CSV parts in {@code KAOHE_RUN_PEOPLE} (ff8a993 to e72ea01) — become {@code KAOHE_PERSON_RESULT} rows
 * through the same code that records a run today, and the old tables go. In Java because the typed columns come
 * from each person's results row, which SQL alone cannot take apart on both H2 and PostgreSQL.
 */
@Component
public class EarlierPeopleMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "earlier people into person result";
    }

    /** No checksum: the class is the migration, and a changed class must not make Flyway refuse the repository. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        PersonResults results = PersonResults.beforeYearBasis(jdbc);
        Map<Long, String> months = new TreeMap<>();
        jdbc.query("SELECT RUN_ID, RUN_MONTH FROM KAOHE_RUN", rs -> {
            months.put(rs.getLong(1), rs.getString(2));
        });
        months.forEach((runId, month) -> {
            List<PersonSnapshot> people = new ArrayList<>(jdbc.query("SELECT EMPLOYEE_ID, NAME, SECTION, SCORE, "
                    + "GRADE, PAY, RESULT_COLUMNS FROM KAOHE_RUN_PERSON WHERE RUN_ID = ?",
                    (rs, n) -> new PersonSnapshot(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4), PersonResults.grade(rs.getString(5)), rs.getBigDecimal(6),
                            ResultRow.decode(rs.getString(7))), runId));
            jdbc.query("SELECT PEOPLE FROM KAOHE_RUN_PEOPLE WHERE RUN_ID = ? ORDER BY PART",
                    rs -> {
                        people.addAll(PeopleParts.read(rs.getString(1)));
                    }, runId);
            results.insert(runId, month, people);
        });
        jdbc.execute("DROP TABLE KAOHE_RUN_PERSON");
        jdbc.execute("DROP TABLE KAOHE_RUN_PEOPLE");
    }
}
