package org.kaohe.batch;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.kaohe.common.Msg;
import org.kaohe.history.YearHistory;
import org.kaohe.history.YearRunRecord;
import org.kaohe.publish.Publication;
import org.kaohe.publish.PublicationException;
import org.kaohe.year.YearOutcome;
import org.kaohe.year.YearSource;
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
 * Starts the year's job, publishes its outputs once it is recorded as completed, and reports how it ended, with the
 * same rules as a month: one run of a year at a time, an interrupted publication finished first, the same month
 * runs and rules "already done", other ones a change that needs {@code --rerun}.
 */
@Component
public class YearJobLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(YearJobLauncher.class);

    private final JobOperator operator;
    private final Job job;
    private final YearRuns runs;
    private final YearSource source;
    private final YearHistory history;
    private final DataSource dataSource;
    private final RepositoryChores chores;

    YearJobLauncher(JobOperator operator, Job yearlyEvaluation, YearRuns runs, YearSource source,
                    YearHistory history, DataSource dataSource, RepositoryChores chores) {
        this.operator = operator;
        this.job = yearlyEvaluation;
        this.runs = runs;
        this.source = source;
        this.history = history;
        this.dataSource = dataSource;
        this.chores = chores;
    }

    /**
     * How a year run ended: done (with the outcome), failed (with its causes), already done, already done from other
     * months or rules (what changed), no month of the year completed, or already running; and what it set right
     * first.
     */
    public record Outcome(Status status, YearOutcome year, List<Throwable> failures, List<Msg> changes,
                          List<Msg> repairs) {

        Outcome with(List<Msg> repaired) {
            return new Outcome(status, year, failures, changes, repaired);
        }

        static Outcome of(Status status) {
            return new Outcome(status, null, List.of(), List.of(), List.of());
        }
    }

    public enum Status { DONE, FAILED, ALREADY_DONE, INPUTS_CHANGED, NO_MONTHS, ALREADY_RUNNING }

    public Outcome launch(YearRequest request) throws Exception {
        String year = request.year().toString();
        if (chores.exclusive()) {
            chores.recoverInterrupted(YearlyJobConfiguration.JOB_NAME, YearJobParameters.YEAR, null);
            return startUnlessDone(request);
        }
        Optional<MonthLock> lock = MonthLock.tryAcquire(dataSource, request.year());
        if (lock.isEmpty()) {
            return Outcome.of(Status.ALREADY_RUNNING);
        }
        try (MonthLock held = lock.get()) {
            chores.recoverInterrupted(YearlyJobConfiguration.JOB_NAME, YearJobParameters.YEAR, year);
            return startUnlessDone(request);
        }
    }

    private Outcome startUnlessDone(YearRequest request) throws Exception {
        Publication publication = new Publication(request.output(), PauseForTests::beforeRename);
        List<Msg> repairs = new ArrayList<>();
        publication.recover(chores.running(YearlyJobConfiguration.JOB_NAME)::contains).ifPresent(run -> repairs.add(
                Msg.of("publish.finished", request.year().toString(), request.output().toString())));
        Map<YearMonth, Long> monthRuns = source.monthsRun(request.year());
        if (monthRuns.isEmpty()) {
            return Outcome.of(Status.NO_MONTHS).with(repairs);
        }
        YearInputs inputs = YearInputs.of(monthRuns, request.rules());
        YearRequest toRun = request;
        if (!request.rerun()) {
            Optional<YearRunRecord> done = history.lastCompleted(request.year());
            if (done.isPresent()) {
                List<Msg> changes = inputs.changesSince(done.get().monthRuns(), done.get().fingerprint());
                if (!changes.isEmpty()) {
                    return new Outcome(Status.INPUTS_CHANGED, null, List.of(), changes, repairs);
                }
                if (publication.published(done.get().id())) {
                    return Outcome.of(Status.ALREADY_DONE).with(repairs);
                }
                repairs.add(Msg.of("publish.recomputing", request.year().toString(), request.output().toString()));
                toRun = request.asRerun();
            }
        }
        return run(toRun, inputs, publication).with(repairs);
    }

    private Outcome run(YearRequest request, YearInputs inputs, Publication publication) throws Exception {
        runs.expect(inputs);
        JobExecution execution;
        try {
            execution = operator.start(job, YearJobParameters.of(request, inputs));
        } catch (JobInstanceAlreadyCompleteException e) {
            return Outcome.of(Status.ALREADY_DONE);
        } catch (JobExecutionAlreadyRunningException e) {
            return Outcome.of(Status.ALREADY_RUNNING);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Outcome(Status.FAILED, null, new ArrayList<>(execution.getAllFailureExceptions()), List.of(),
                    List.of());
        }
        YearOutcome outcome = runs.find(execution.getId()).outcome();
        String year = request.year().toString();
        try {
            chores.syncHistory();
        } catch (RuntimeException | IOException e) {
            LOG.error("year run {} completed but could not be recorded on disk", execution.getId(), e);
            publication.discard(execution.getId());
            return new Outcome(Status.FAILED, outcome, List.of(new PublicationException(
                    Msg.of("publish.not_recorded", year, RepositoryChores.reason(e)))), List.of(), List.of());
        }
        try {
            publication.publish(execution.getId());
        } catch (IOException e) {
            LOG.error("year run {} completed but its outputs could not be published", execution.getId(), e);
            return new Outcome(Status.FAILED, outcome, List.of(new PublicationException(
                    Msg.of("publish.interrupted", year, RepositoryChores.reason(e),
                            publication.staging(execution.getId()).toString()))), List.of(), List.of());
        }
        return new Outcome(Status.DONE, outcome, List.of(), List.of(), List.of());
    }
}
