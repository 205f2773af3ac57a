package org.kaohe.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaohe.common.Messages;
import org.kaohe.history.Changed;
import org.kaohe.history.YearHistory;
import org.kaohe.history.YearPersonResult;
import org.kaohe.history.YearRunRecord;
import org.kaohe.publish.Publication;
import org.kaohe.publish.PublicationException;
import org.kaohe.report.xlsx.SectionPasswords;
import org.kaohe.report.year.YearChangesCsv;
import org.kaohe.report.year.YearOutputs;
import org.kaohe.report.year.YearReport;
import org.kaohe.rules.Rules;
import org.kaohe.rules.RulesLoader;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.YearEvaluator;
import org.kaohe.year.YearOutcome;
import org.kaohe.year.YearSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The year's job (SPEC §6): read the months from the run history → grade → award → write. Its only input is the
 * history; the rules live in {@code org.kaohe.year}.
 */
@Configuration
public class YearlyJobConfiguration {

    public static final String JOB_NAME = "yearlyEvaluation";

    private static final Logger LOG = LoggerFactory.getLogger(YearlyJobConfiguration.class);

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final YearRuns runs;
    private final YearSource source;
    private final YearHistory history;

    public YearlyJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactions, YearRuns runs,
                                  YearSource source, YearHistory history) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.runs = runs;
        this.source = source;
        this.history = history;
    }

    @Bean
    public Job yearlyEvaluation() {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(step("readMonthsStep", this::readMonths))
                .next(step("gradeStep", (params, work, execution) ->
                        work.graded = new YearEvaluator(work.rules).grade(work.months)))
                .next(step("awardStep", this::award))
                .next(step("yearWriteStep", this::write))
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) {
                        recordStart(execution);
                    }
                })
                .build();
    }

    private Step step(String name, Work work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunk) -> {
                    StepExecution step = chunk.getStepContext().getStepExecution();
                    long execution = step.getJobExecutionId();
                    work.run(step.getJobParameters(), runs.work(execution), execution);
                    return RepeatStatus.FINISHED;
                }, transactions)
                // the year's state is in memory: a restarted year recomputes every step from the history
                .allowStartIfComplete(true)
                .listener(new PauseForTests())
                .build();
    }

    private void readMonths(JobParameters params, YearRuns.Work work, long execution) throws Exception {
        Rules rules = RulesLoader.load(Path.of(params.getString(RunParameters.RULES)));
        work.rules = rules.year();
        work.office = rules.office();
        work.inputs = runs.expected(params.getString(RunParameters.FINGERPRINT));
        List<PersonMonth> months = new ArrayList<>();
        work.inputs.monthRuns().forEach((month, run) -> months.addAll(source.people(month, run)));
        work.months = months;
        LOG.info("year {}: {} months read from the history", params.getString(YearJobParameters.YEAR),
                work.inputs.monthRuns().size());
    }

    private void award(JobParameters params, YearRuns.Work work, long execution) {
        Year year = Year.parse(params.getString(YearJobParameters.YEAR));
        work.outcome = new YearEvaluator(work.rules).award(year, List.copyOf(work.inputs.monthRuns().keySet()),
                work.graded, source.excellentBefore(year, work.rules.meritYears() - 1));
    }

    /**
     * Stages the outputs and records the people in the step's transaction; the launcher publishes them. When the
     * year has an earlier completed run, the 变更 file compares with it.
     */
    private void write(JobParameters params, YearRuns.Work work, long execution) throws Exception {
        Year year = work.outcome.year();
        List<YearPersonResult> people = YearResults.of(work.outcome);
        Optional<YearRunRecord> previous = history.lastCompleted(year);
        Messages messages = Messages.forLang(params.getString(RunParameters.LANG));
        SectionPasswords passwords = passwords(params.getString(YearJobParameters.PROTECT), work.outcome);
        new Publication(Path.of(params.getString(RunParameters.OUTPUT)), Publication.Hook.NONE)
                .stage(execution, folder -> {
                    YearOutputs.write(new YearReport(work.outcome, work.rules, work.office, work.inputs.monthRuns(),
                            messages), folder, passwords);
                    if (previous.isPresent()) {
                        List<Changed<YearPersonResult>> changes = Changed.between(
                                history.people(previous.get().id()), people, YearPersonResult::employeeId,
                                (before, after) -> after.changedFrom(before));
                        YearChangesCsv.write(folder.resolve(YearChangesCsv.fileName(year.getValue())), changes,
                                work.inputs.changesSince(previous.get().monthRuns(), previous.get().fingerprint()),
                                messages);
                        LOG.info("rerun of {}: {} people changed since year run {}", year, changes.size(),
                                previous.get().id());
                    }
                });
        history.results(execution, people);
        LOG.info("year run {}: {} people written", execution, people.size());
    }

    /**
     * The password file of {@code --protect} (null for none), read again as the month does (it may have changed
     * since the command checked it) and checked against the year's sections: every section workbook is encrypted,
     * or none is written.
     */
    private static SectionPasswords passwords(String protect, YearOutcome outcome) throws PublicationException {
        if (protect == null) {
            return null;
        }
        try {
            return SectionPasswords.readFor(Path.of(protect), outcome.sections());
        } catch (SectionPasswords.PasswordFileException e) {
            throw new PublicationException(e.reason());
        }
    }

    private void recordStart(JobExecution execution) {
        JobParameters params = execution.getJobParameters();
        YearInputs inputs = runs.expected(params.getString(RunParameters.FINGERPRINT));
        history.started(execution.getId(), Year.parse(params.getString(YearJobParameters.YEAR)),
                execution.getStartTime() != null ? execution.getStartTime() : LocalDateTime.now(),
                System.getProperty("user.name"), params.getString(RunParameters.RERUN) != null,
                inputs.monthRuns(), inputs.fingerprint());
    }

    /** The work of a step, given the job's parameters, the execution's state and its id. */
    @FunctionalInterface
    private interface Work {
        void run(JobParameters params, YearRuns.Work work, long executionId) throws Exception;
    }
}
