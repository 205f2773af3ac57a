package org.kaohe.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.history.RunHistory;
import org.kaohe.history.RunRecord;
import org.kaohe.input.InputChecksums;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
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
    private final RunHistory history;
    private final boolean exclusiveRepository;
    private final DataSource dataSource;

    /**
     * @param datasourceUrl an embedded H2 repository can be open in one process only, so whatever it shows as
     *                      running was interrupted; on a shared database (PostgreSQL) the month's lock tells
     *                      a run elsewhere from an interrupted one
     */
    public MonthJobLauncher(JobOperator operator, JobRepository repository, Job monthlyEvaluation, MonthRuns runs,
                            RunHistory history, DataSource dataSource,
                            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.operator = operator;
        this.repository = repository;
        this.job = monthlyEvaluation;
        this.runs = runs;
        this.history = history;
        this.exclusiveRepository = datasourceUrl.startsWith("jdbc:h2:");
        this.dataSource = dataSource;
    }

    /**
     * How a run ended: done, failed (with its causes and, when the inputs were opened, the evaluation so far),
     * already done with the same inputs and rules, already done with other inputs (which files changed), or already
     * running.
     */
    public record Outcome(Status status, MonthlyEvaluation evaluation, List<Throwable> failures,
                          List<InputChecksums.Change> changedInputs) {

        static Outcome of(Status status) {
            return new Outcome(status, null, List.of(), List.of());
        }
    }

    public enum Status { DONE, FAILED, ALREADY_DONE, INPUTS_CHANGED, ALREADY_RUNNING }

    public Outcome launch(MonthRequest request) throws Exception {
        if (exclusiveRepository) {
            recoverInterrupted(null);
            return startUnlessDone(request);
        }
        Optional<MonthLock> lock = MonthLock.tryAcquire(dataSource, request.month());
        if (lock.isEmpty()) {
            return Outcome.of(Status.ALREADY_RUNNING);
        }
        try (MonthLock held = lock.get()) {
            recoverInterrupted(request.month().toString());
            return startUnlessDone(request);
        }
    }

    /** Under the month's lock on a shared repository, so that a run that just finished elsewhere counts. */
    private Outcome startUnlessDone(MonthRequest request) throws Exception {
        if (!request.rerun()) {
            Optional<RunRecord> done = history.lastCompleted(request.month());
            if (done.isPresent()) {
                List<InputChecksums.Change> changes = request.inputs().changesSince(done.get().inputs());
                return changes.isEmpty() ? Outcome.of(Status.ALREADY_DONE)
                        : new Outcome(Status.INPUTS_CHANGED, null, List.of(), changes);
            }
        }
        return start(request);
    }

    private Outcome start(MonthRequest request) throws Exception {
        runs.expect(request.inputs());
        JobExecution execution;
        try {
            execution = operator.start(job, MonthJobParameters.of(request));
        } catch (JobInstanceAlreadyCompleteException e) {
            return Outcome.of(Status.ALREADY_DONE);
        } catch (JobExecutionAlreadyRunningException e) {
            return Outcome.of(Status.ALREADY_RUNNING);
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new Outcome(Status.DONE, runs.get(execution.getId()), List.of(), List.of());
        }
        return new Outcome(Status.FAILED, runs.find(execution.getId()),
                new ArrayList<>(execution.getAllFailureExceptions()), List.of());
    }

    /**
     * Only this process can have the embedded repository open, and only this one holds the month's lock on a
     * shared one, so every execution shown as running (of {@code month}, or of any month when null) was
     * interrupted (killed, power cut): marked failed, its month can start again.
     */
    private void recoverInterrupted(String month) {
        for (JobExecution interrupted : repository.findRunningJobExecutions(MonthlyJobConfiguration.JOB_NAME)) {
            if (month != null && !month.equals(interrupted.getJobParameters().getString(MonthJobParameters.MONTH))) {
                continue;
            }
            LOG.warn("recovering interrupted execution {} of {}", interrupted.getId(),
                    interrupted.getJobParameters().getString(MonthJobParameters.MONTH));
            operator.recover(interrupted);
        }
    }
}
