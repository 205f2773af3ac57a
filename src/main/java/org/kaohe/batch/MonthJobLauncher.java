package org.kaohe.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.history.RunHistory;
import org.kaohe.history.RunRecord;
import org.kaohe.input.InputChecksums;
import org.kaohe.common.Msg;
import org.kaohe.publish.Publication;
import org.kaohe.publish.PublicationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts the monthly job for a request, publishes its outputs once it is recorded as completed, and reports how it
 * ended. Before anything else it finishes a publication that a kill interrupted, so the history's "completed" and
 * the month folder's published set agree.
 */
@Component
public class MonthJobLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(MonthJobLauncher.class);

    private final JobOperator operator;
    private final Job job;
    private final MonthRuns runs;
    private final RunHistory history;
    private final DataSource dataSource;
    private final RepositoryChores chores;

    /**
     * On an embedded H2 repository, open in one process only, whatever shows as running was interrupted; on a
     * shared database (PostgreSQL) the month's lock tells a run elsewhere from an interrupted one.
     */
    MonthJobLauncher(JobOperator operator, Job monthlyEvaluation, MonthRuns runs, RunHistory history,
                     DataSource dataSource, RepositoryChores chores) {
        this.operator = operator;
        this.job = monthlyEvaluation;
        this.runs = runs;
        this.history = history;
        this.dataSource = dataSource;
        this.chores = chores;
    }

    /**
     * How a run ended: done, failed (with its causes and, when the inputs were opened, the evaluation so far),
     * already done with the same inputs and rules, already done with other inputs (which files changed), or already
     * running; and what it set right first (an interrupted publication finished, a lost one recomputed).
     */
    public record Outcome(Status status, MonthlyEvaluation evaluation, List<Throwable> failures,
                          List<InputChecksums.Change> changedInputs, List<Msg> repairs) {

        Outcome with(List<Msg> repaired) {
            return new Outcome(status, evaluation, failures, changedInputs, repaired);
        }

        static Outcome of(Status status) {
            return new Outcome(status, null, List.of(), List.of(), List.of());
        }
    }

    public enum Status { DONE, FAILED, ALREADY_DONE, INPUTS_CHANGED, ALREADY_RUNNING }

    public Outcome launch(MonthRequest request) throws Exception {
        if (chores.exclusive()) {
            chores.recoverInterrupted(MonthlyJobConfiguration.JOB_NAME, MonthJobParameters.MONTH, null);
            return startUnlessDone(request);
        }
        Optional<MonthLock> lock = MonthLock.tryAcquire(dataSource, request.month());
        if (lock.isEmpty()) {
            return Outcome.of(Status.ALREADY_RUNNING);
        }
        try (MonthLock held = lock.get()) {
            chores.recoverInterrupted(MonthlyJobConfiguration.JOB_NAME, MonthJobParameters.MONTH,
                    request.month().toString());
            return startUnlessDone(request);
        }
    }

    /**
     * Under the month's lock on a shared repository, so that a run that just finished elsewhere counts: finishes an
     * interrupted publication, then runs the month unless it is done and published.
     */
    private Outcome startUnlessDone(MonthRequest request) throws Exception {
        Publication publication = new Publication(request.output(), PauseForTests::beforeRename);
        List<Msg> repairs = new ArrayList<>();
        publication.recover(chores.running(MonthlyJobConfiguration.JOB_NAME)::contains).ifPresent(run -> repairs.add(
                Msg.of("publish.finished", request.month().toString(), request.output().toString())));
        MonthRequest toRun = request;
        if (!request.rerun()) {
            Optional<RunRecord> done = history.lastCompleted(request.month());
            if (done.isPresent()) {
                List<InputChecksums.Change> changes = request.inputs().changesSince(done.get().inputs());
                if (!changes.isEmpty()) {
                    return new Outcome(Status.INPUTS_CHANGED, null, List.of(), changes, repairs);
                }
                if (publication.published(done.get().id())) {
                    return Outcome.of(Status.ALREADY_DONE).with(repairs);
                }
                // recorded as completed, but its outputs are not (all) there: computed and published once more
                repairs.add(Msg.of("publish.recomputing", request.month().toString(), request.output().toString()));
                toRun = request.asRerun();
            }
        }
        return run(toRun, publication).with(repairs);
    }

    private Outcome run(MonthRequest request, Publication publication) throws Exception {
        runs.expect(request.inputs());
        JobExecution execution;
        try {
            execution = operator.start(job, MonthJobParameters.of(request));
        } catch (JobInstanceAlreadyCompleteException e) {
            return Outcome.of(Status.ALREADY_DONE);
        } catch (JobExecutionAlreadyRunningException e) {
            return Outcome.of(Status.ALREADY_RUNNING);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Outcome(Status.FAILED, runs.find(execution.getId()),
                    new ArrayList<>(execution.getAllFailureExceptions()), List.of(), List.of());
        }
        MonthlyEvaluation evaluation = runs.get(execution.getId());
        try {
            chores.syncHistory();
        } catch (RuntimeException | IOException e) {
            LOG.error("run {} completed but could not be recorded on disk", execution.getId(), e);
            publication.discard(execution.getId());
            return new Outcome(Status.FAILED, evaluation, List.of(new PublicationException(
                    Msg.of("publish.not_recorded", request.month().toString(), RepositoryChores.reason(e)))),
                    List.of(), List.of());
        }
        try {
            publication.publish(execution.getId());
        } catch (IOException e) {
            LOG.error("run {} completed but its outputs could not be published", execution.getId(), e);
            return new Outcome(Status.FAILED, evaluation, List.of(new PublicationException(
                    Msg.of("publish.interrupted", request.month().toString(), RepositoryChores.reason(e),
                            publication.staging(execution.getId()).toString()))), List.of(), List.of());
        }
        return new Outcome(Status.DONE, evaluation, List.of(), List.of(), List.of());
    }
}
