package org.kaohe;

import java.util.Map;

/**
 * {@link KillAndRestartIT} with every process on one real PostgreSQL database: the second run of the month is
 * refused by the first run's lock on the month, and the run after the kill recovers the killed one.
 */
class PostgresKillAndRestartIT extends KillAndRestartIT {

    @Override
    Map<String, String> environment() throws Exception {
        return Postgres.newDatabase().environment();
    }
}
