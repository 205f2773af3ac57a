package org.kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.kaohe.KaoheApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring context over an output root's job repository ({@code <root>/.kaohe/}), for run and history. */
final class JobRepositoryContext {

    private JobRepositoryContext() {
    }

    static Path repositoryOf(Path outputRoot) {
        return outputRoot.toAbsolutePath().resolve(".kaohe");
    }

    /** Whether the embedded repository exists yet (a configured PostgreSQL one always does). */
    static boolean exists(Path repository) {
        return System.getenv("SPRING_DATASOURCE_URL") != null || Files.exists(repository.resolve("jobs.mv.db"));
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

    static ConfigurableApplicationContext open(Path repository) {
        return new SpringApplicationBuilder(KaoheApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).properties(springProperties(repository)).run();
    }

    /**
     * Defaults only: SPRING_DATASOURCE_URL and friends in the environment switch the repository to PostgreSQL (and
     * SPRING_BATCH_JDBC_INITIALIZE_SCHEMA decides there). The H2 schema is created with the database file.
     */
    private static Map<String, Object> springProperties(Path repository) {
        Path database = repository.resolve("jobs").toAbsolutePath();
        boolean fresh = !Files.exists(repository.resolve("jobs.mv.db"));
        return Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + database,
                "spring.datasource.username", "sa",
                "spring.datasource.password", "",
                "spring.batch.jdbc.initialize-schema", fresh ? "always" : "never",
                "spring.batch.job.enabled", "false",
                "spring.main.banner-mode", "off");
    }
}
