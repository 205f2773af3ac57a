package org.kaohe.batch;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What every launcher does around its job on the shared job repository: mark interrupted executions failed, tell
 * which are running, and force a completed run's record to disk before its outputs are published.
 */
@Component
class RepositoryChores {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryChores.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final boolean exclusive;
    private final JdbcTemplate jdbc;

    /**
     * @param datasourceUrl an embedded H2 repository can be open in one process only, so whatever it shows as
     *                      running was interrupted; a shared database (PostgreSQL) may really have a run elsewhere
     */
    RepositoryChores(JobOperator operator, JobRepository repository, DataSource dataSource,
                     @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.operator = operator;
        this.repository = repository;
        this.exclusive = datasourceUrl.startsWith("jdbc:h2:");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Whether the repository is an embedded H2 one, which only this process can have open. */
    boolean exclusive() {
        return exclusive;
    }

    /**
     * Only this process can have the embedded repository open, and only this one holds the period's lock on a
     * shared one, so every execution of the job shown as running (whose {@code parameter} is {@code value}, or
     * any when the value is null) was interrupted (killed, power cut): marked failed, it can start again.
     */
    void recoverInterrupted(String jobName, String parameter, String value) {
        for (JobExecution interrupted : repository.findRunningJobExecutions(jobName)) {
            String of = interrupted.getJobParameters().getString(parameter);
            if (value != null && !value.equals(of)) {
                continue;
            }
            LOG.warn("recovering interrupted execution {} of {} {}", interrupted.getId(), jobName, of);
            operator.recover(interrupted);
        }
    }

    /** The executions of the job going on now; on H2, after {@link #recoverInterrupted}, none. */
    Set<Long> running(String jobName) {
        return repository.findRunningJobExecutions(jobName).stream().map(JobExecution::getId)
                .collect(Collectors.toSet());
    }

    /**
     * H2 writes a commit to its file a moment later; a completed run must be on disk before its outputs are
     * published, or a full disk or power cut could leave outputs that the history does not know.
     */
    void syncHistory() throws IOException {
        PauseForTests.failHistorySync();
        if (exclusive) {
            jdbc.execute("CHECKPOINT SYNC");
        }
    }

    static String reason(Exception e) {
        return String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
    }
}
