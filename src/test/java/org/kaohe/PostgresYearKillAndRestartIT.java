package org.kaohe;

import java.util.Map;

/**
 * {@link YearKillAndRestartIT} with every process on one real PostgreSQL database: the second year run is refused by
 * the first one's lock on the year, and the run after the kill recovers the killed one.
 */
class PostgresYearKillAndRestartIT extends YearKillAndRestartIT {

    @Override
    Map<String, String> environment() throws Exception {
        return Postgres.newDatabase().environment();
    }
}
