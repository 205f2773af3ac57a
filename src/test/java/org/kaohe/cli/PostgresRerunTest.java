package org.kaohe.cli;

import org.junit.jupiter.api.extension.ExtendWith;
import org.kaohe.OnPostgres;
import org.kaohe.Postgres;

/** {@link RerunTest} with the run history on a real PostgreSQL server. */
@ExtendWith(OnPostgres.class)
class PostgresRerunTest extends RerunTest {

    /** Every output root shares the one PostgreSQL history: a repository of its own is another database. */
    @Override
    int runInAnotherRepository(String... args) throws Exception {
        String url = System.getProperty("spring.datasource.url");
        Postgres.newDatabase().useInThisJvm();
        try {
            return Kaohe.execute(args);
        } finally {
            System.setProperty("spring.datasource.url", url);
        }
    }
}
