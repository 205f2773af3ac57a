package org.kaohe.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A month's run on a shared PostgreSQL repository holds a session advisory lock named after the month for as long
 * as it runs. The database releases it when the run's connection goes, killed process included, so whoever gets
 * the lock knows that an execution of the month still marked running was interrupted; whoever does not, that the
 * month really is running elsewhere. (An embedded H2 repository needs none: one process at a time can open it.)
 */
final class MonthLock implements AutoCloseable {

    /** "kaoh": the lock's first key, so that Kaohe's locks cannot meet another program's in the same database. */
    private static final int NAMESPACE = 0x6b616f68;

    private final Connection connection;
    private final int key;

    private MonthLock(Connection connection, int key) {
        this.connection = connection;
        this.key = key;
    }

    /** The month's lock, or empty when another process holds it. */
    static Optional<MonthLock> tryAcquire(DataSource dataSource, YearMonth month) throws SQLException {
        return tryAcquire(dataSource, month.getYear() * 100 + month.getMonthValue());
    }

    /** The year run's lock (month 00 of the year, which no month uses), or empty when another process holds it. */
    static Optional<MonthLock> tryAcquire(DataSource dataSource, Year year) throws SQLException {
        return tryAcquire(dataSource, year.getValue() * 100);
    }

    private static Optional<MonthLock> tryAcquire(DataSource dataSource, int key) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (call(connection, "SELECT pg_try_advisory_lock(?, ?)", key)) {
                return Optional.of(new MonthLock(connection, key));
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    private static boolean call(Connection connection, String sql, int key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Unlocks before the connection goes back to the pool, where the session (and its lock) would live on. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            call(connection, "SELECT pg_advisory_unlock(?, ?)", key);
        }
    }
}
