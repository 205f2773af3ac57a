package org.kaohe.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.history.PersonChange;
import org.kaohe.history.RunHistory;
import org.kaohe.history.RunRecord;
import org.kaohe.input.InputChecksums;
import org.kaohe.input.InputKind;
import org.kaohe.report.ChangesCsv;
import org.kaohe.publish.Publication;
import org.kaohe.report.MonthOutputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job, one step per phase of SPEC §§2–4: read and check the inputs → fold the punches → attendance →
 * scoring → pay → write. Steps only call {@link MonthlyEvaluation}; the rules live there.
 */
@Configuration
public class MonthlyJobConfiguration {

    public static final String JOB_NAME = "monthlyEvaluation";

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyJobConfiguration.class);

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final MonthRuns runs;
    private final RunHistory history;

    public MonthlyJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactions,
                                   MonthRuns runs, RunHistory history) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.runs = runs;
        this.history = history;
    }

    @Bean
    public Job monthlyEvaluation() {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(tasklet("readInputsStep", (params, execution) -> readInputs(params, execution)))
                .next(step("punchesStep", (month, params) -> {
                    month.readPunches();
                    month.checkInputs(InputKind.PUNCHES);
                }))
                .next(step("attendanceStep", (month, params) -> month.evaluateAttendance()))
                .next(step("scoringStep", (month, params) -> month.score()))
                .next(step("payStep", (month, params) -> month.pay()))
                .next(tasklet("writeStep", (params, execution) -> write(runs.get(execution), params, execution)))
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) {
                        recordStart(execution);
                    }
                })
                .build();
    }

    private Step step(String name, Phase phase) {
        return tasklet(name, (params, execution) -> phase.run(runs.get(execution), params));
    }

    private Step tasklet(String name, Work work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunk) -> {
                    StepExecution step = chunk.getStepContext().getStepExecution();
                    work.run(step.getJobParameters(), step.getJobExecutionId());
                    return RepeatStatus.FINISHED;
                }, transactions)
                // per-person state is in memory: a restarted month recomputes every step from its inputs
                .allowStartIfComplete(true)
                .listener(new PauseForTests())
                .build();
    }

    private void readInputs(JobParameters params, long execution) throws Exception {
        MonthlyEvaluation month = MonthlyEvaluation.open(YearMonth.parse(params.getString(MonthJobParameters.MONTH)),
                Path.of(params.getString(RunParameters.RULES)), Path.of(params.getString(MonthJobParameters.INPUT)));
        runs.put(execution, month);
        month.readCalendarAndStaff();
        month.checkInputs(InputKind.CALENDAR, InputKind.STAFF);
        month.readRecords();
        month.checkInputs(InputKind.LEAVE, InputKind.ERRORS, InputKind.OVERTIME, InputKind.FINDINGS, InputKind.DUTY,
                InputKind.TASKS, InputKind.DOCUMENTS, InputKind.INFORMATION);
    }

    private static Path protect(JobParameters params) {
        String file = params.getString(MonthJobParameters.PROTECT);
        return file == null ? null : Path.of(file);
    }

    private void recordStart(JobExecution execution) {
        JobParameters params = execution.getJobParameters();
        YearMonth month = YearMonth.parse(params.getString(MonthJobParameters.MONTH));
        boolean rerun = params.getString(RunParameters.RERUN) != null;
        try {
            history.started(execution.getId(), month,
                    execution.getStartTime() != null ? execution.getStartTime() : LocalDateTime.now(),
                    System.getProperty("user.name"),
                    rerun, runs.inputs(params));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("run {} of {} started{}", execution.getId(), month, rerun ? " (rerun)" : "");
    }

    /**
     * Writes the outputs into the run's staging folder and records the results in the run history, in the step's
     * transaction; the launcher publishes them once the run is recorded as completed. When the month has an earlier
     * completed run, the 变更 file compares with it.
     */
    private void write(MonthlyEvaluation month, JobParameters params, long execution) throws Exception {
        Messages messages = Messages.forLang(params.getString(RunParameters.LANG));
        List<MonthOutputs.ExtraFile> extras = new ArrayList<>();
        InputChecksums checksums = runs.inputs(params);
        Optional<RunRecord> previous = history.lastCompleted(month.month());
        if (previous.isPresent()) {
            List<PersonChange> changes = PersonChange.between(history.people(previous.get().id()),
                    RunResults.snapshots(month.results()));
            List<InputChecksums.Change> inputs = checksums.changesSince(previous.get().inputs());
            extras.add(new MonthOutputs.ExtraFile(ChangesCsv.fileName(month.month()),
                    file -> ChangesCsv.write(file, changes, inputs, messages)));
            LOG.info("rerun of {}: {} people changed since run {}", month.month(), changes.size(),
                    previous.get().id());
        }
        MonthOutputs.Options options = new MonthOutputs.Options(Path.of(params.getString(RunParameters.RULES)),
                checksums, protect(params), RunResults.earlierMonths(history.trend(month.month())), extras);
        new Publication(Path.of(params.getString(RunParameters.OUTPUT)), Publication.Hook.NONE)
                .stage(execution, folder -> MonthOutputs.write(month, folder, messages, options));
        // the snapshots are made only now: a province's 100,000 of them would sit in the heap beside every report
        long recording = System.nanoTime();
        history.results(execution, RunResults.snapshots(month.results()), RunResults.pool(month),
                RunResults.violations(month));
        LOG.info("run {} of {}: {} people written, recorded in the run history in {} ms", execution, month.month(),
                month.results().size(), (System.nanoTime() - recording) / 1_000_000);
    }

    /** The work of a step, given the job's parameters and execution id. */
    @FunctionalInterface
    private interface Work {
        void run(JobParameters params, long executionId) throws Exception;
    }

    /** One phase of the evaluation. */
    @FunctionalInterface
    private interface Phase {
        void run(MonthlyEvaluation month, JobParameters params) throws Exception;
    }
}
