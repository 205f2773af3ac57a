package org.kaohe.cli;

import org.junit.jupiter.api.extension.ExtendWith;
import org.kaohe.OnPostgres;

/** {@link YearVetoCauseTest} with the run history on a real PostgreSQL server. */
@ExtendWith(OnPostgres.class)
class PostgresYearVetoCauseTest extends YearVetoCauseTest {
}
