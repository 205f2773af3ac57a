package org.kaohe.history;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.kaohe.common.TestPause;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Brings the history's tables to this program's version when the repository opens, unless a newer kaohe already
 * took them further: Flyway would ignore the migrations it does not know and carry on, and this program would then
 * write rows in a form the newer one does not expect. Such a repository is left untouched.
 */
@Component
public class HistorySchema implements FlywayMigrationStrategy {

    /** The repository's tables are of a later version than any this program knows. */
    public static final class NewerRepositoryException extends RuntimeException {

        private final String found;
        private final String known;

        NewerRepositoryException(String found, String known) {
            super("the run history's schema is version " + found + ", newer than this program's " + known);
            this.found = found;
            this.known = known;
        }

        public String found() {
            return found;
        }

        public String known() {
            return known;
        }
    }

    @Override
    public void migrate(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> future = Arrays.stream(all).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED).max(Comparator.comparing(MigrationInfo::getVersion));
        if (future.isPresent()) {
            throw new NewerRepositoryException(future.get().getVersion().getVersion(), latestKnown(all));
        }
        TestPause.at("kaohe.test.pause-at", "migrate");
        flyway.migrate();
    }

    /** The version of the repository's tables ("4"), or "0" for none. */
    public static String version(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private static String latestKnown(MigrationInfo[] all) {
        return Arrays.stream(all).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).map(MigrationVersion::getVersion)
                .orElse("0");
    }
}
