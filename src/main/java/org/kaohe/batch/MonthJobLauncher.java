package org.kaohe.batch;

import java.util.ArrayList;
import java.util.List;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Starts the monthly job for a request and reports how it ended. */
@Component
public class MonthJobLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(MonthJobLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final MonthRuns runs;
    private final boolean exclusiveRepository;

    /**
     * @param datasourceUrl an embedded H2 repository can be open in one process only, so whatever it shows as
     *                      running was interrupted; a shared database (PostgreSQL) may really have a run elsewhere
     */
    public MonthJobLauncher(JobOperator operator, JobRepository repository, Job monthlyEvaluation, MonthRuns runs,
                            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.operator = operator;
        this.repository = repository;
        this.job = monthlyEvaluation;
        this.runs = runs;
        this.exclusiveRepository = datasourceUrl.startsWith("jdbc:h2:");
    }

    /**
     * How a run ended: done, failed (with its causes and, when the inputs were opened, the evaluation so far),
     * already done with the same inputs and rules, or already running.
     */
    public record Outcome(Status status, MonthlyEvaluation evaluation, List<Throwable> failures) {
    }

    public enum Status { DONE, FAILED, ALREADY_DONE, ALREADY_RUNNING }

    public Outcome launch(MonthRequest request) throws Exception {
        JobParameters params = MonthJobParameters.of(request);
        JobExecution execution;
        try {
            execution = start(params);
        } catch (JobInstanceAlreadyCompleteException e) {
            return new Outcome(Status.ALREADY_DONE, null, List.of());
        } catch (JobExecutionAlreadyRunningException e) {
            return new Outcome(Status.ALREADY_RUNNING, null, List.of());
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(Status.DONE, runs.get(execution.getId()), List.of());
        }
        return new Outcome(Status.FAILED, runs.find(execution.getId()),
                new ArrayList<>(execution.getAllFailureExceptions()));
    }

    /** Starts (or restarts a failed) month; an interrupted execution in an exclusive repository is recovered first. */
    private JobExecution start(JobParameters params) throws Exception {
        try {
            return operator.start(job, params);
        } catch (JobExecutionAlreadyRunningException e) {
            if (!exclusiveRepository) {
                throw e;
            }
            JobExecution interrupted = repository.getLastJobExecution(MonthlyJobConfiguration.JOB_NAME, params);
            LOG.warn("recovering interrupted execution {} of {}", interrupted.getId(), params);
            operator.recover(interrupted);
            return operator.start(job, params);
        }
    }
}
