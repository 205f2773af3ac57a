package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.kaohe.KaoheApplication;
import org.kaohe.common.Folders;
import org.kaohe.history.HistorySchema;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring context over an output root's job repository ({@code <root>/.kaohe/}), for run and history. */
final class JobRepositoryContext {

    private static final String DATABASE = "jobs";
    private static final String DATABASE_FILE = DATABASE + ".mv.db";
    /** Where a new embedded repository is made before it is moved into place. */
    private static final String CREATING = "creating";

    private JobRepositoryContext() {
    }

    static Path repositoryOf(Path outputRoot) {
        return outputRoot.toAbsolutePath().resolve(".kaohe");
    }

    /**
     * A database configured by SPRING_DATASOURCE_URL (or the system property spring.datasource.url) instead of
     * the embedded one: PostgreSQL, shared by every output root.
     */
    static boolean configured() {
        return System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null;
    }

    /** Whether the embedded repository exists yet (a configured PostgreSQL one always does). */
    static boolean exists(Path repository) {
        return configured() || Files.exists(repository.resolve(DATABASE_FILE));
    }

    /** Whether opening failed because another process has the embedded repository open (a run under way). */
    static boolean inUse(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    /** The reason opening failed when the repository was written by a newer kaohe. */
    static Optional<HistorySchema.NewerRepositoryException> newer(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HistorySchema.NewerRepositoryException newer) {
                return Optional.of(newer);
            }
        }
        return Optional.empty();
    }

    /**
     * Opens the repository, creating an embedded one first when there is none. A new one is made complete in
     * {@code .kaohe/creating/} and then moved into place in one step, so a process killed while making it leaves
     * no repository at all rather than one that lacks tables (which every later run then failed on).
     */
    static ConfigurableApplicationContext open(Path repository) throws IOException {
        if (!exists(repository)) {
            create(repository);
        }
        return start(repository.resolve(DATABASE), "never");
    }

    private static void create(Path repository) throws IOException {
        Path creating = repository.resolve(CREATING);
        Folders.deleteTree(creating);
        Files.createDirectories(creating);
        start(creating.resolve(DATABASE), "always").close();
        Files.move(creating.resolve(DATABASE_FILE), repository.resolve(DATABASE_FILE),
                StandardCopyOption.ATOMIC_MOVE);
        Folders.deleteTree(creating);
    }

    /**
     * Defaults only: SPRING_DATASOURCE_URL and friends in the environment switch the repository to PostgreSQL (and
     * SPRING_BATCH_JDBC_INITIALIZE_SCHEMA decides there). Kaohe's own tables are Flyway's on either database.
     */
    private static ConfigurableApplicationContext start(Path database, String initializeSchema) {
        return new SpringApplicationBuilder(KaoheApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).properties(Map.of(
                        "spring.datasource.url", "jdbc:h2:file:" + database.toAbsolutePath(),
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "",
                        "spring.batch.jdbc.initialize-schema", initializeSchema,
                        "spring.batch.job.enabled", "false",
                        "spring.main.banner-mode", "off")).run();
    }
}
