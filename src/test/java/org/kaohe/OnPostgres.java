package org.kaohe;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code @ExtendWith(OnPostgres.class)}: every kaohe command a test runs in this JVM uses a new PostgreSQL database
 * of its own instead of the output root's embedded one — the same test, the other database.
 */
public final class OnPostgres implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Postgres.newDatabase().useInThisJvm();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Postgres.Database.stopUsingInThisJvm();
    }
}
