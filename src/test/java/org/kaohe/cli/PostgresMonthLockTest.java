package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaohe.OnPostgres;

/**
 * On PostgreSQL a month runs under a lock of its own: while another session (another computer's run) holds it, the
 * month is refused as running elsewhere; once that session ends, it runs.
 */
@ExtendWith(OnPostgres.class)
class PostgresMonthLockTest extends SmallMonthFolderTest {

    /** "kaoh", and the month as 202610: the keys of October 2026's lock. */
    private static final String OCTOBER_LOCK = "SELECT pg_advisory_lock(1801547624, 202610)";

    @Test
    void aMonthLockedByAnotherSessionIsRefusedUntilThatSessionEnds() throws Exception {
        try (Connection other = DriverManager.getConnection(System.getProperty("spring.datasource.url"),
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
             Statement s = other.createStatement()) {
            s.execute(OCTOBER_LOCK);
            Captured refused = run();
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).first().isEqualTo("2026-10 正在另一个窗口运行，请等它结束后再试");
            assertThat(output).doesNotExist();
        }
        assertThat(run().exitCode()).isZero();
        assertThat(run().exitCode()).isEqualTo(3);
    }
}
