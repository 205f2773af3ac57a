package org.kaohe.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputKind;
import org.kaohe.report.MonthOutputs;
import org.springframework.batch.core.job.Job;
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

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final MonthRuns runs;

    public MonthlyJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactions,
                                   MonthRuns runs) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.runs = runs;
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
                .next(step("writeStep", (month, params) -> MonthOutputs.write(month,
                        Path.of(params.getString(MonthJobParameters.OUTPUT)),
                        Path.of(params.getString(MonthJobParameters.RULES)), protect(params),
                        Messages.forLang(params.getString(MonthJobParameters.LANG)), List.of())))
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
                .build();
    }

    private void readInputs(JobParameters params, long execution) throws Exception {
        MonthlyEvaluation month = MonthlyEvaluation.open(YearMonth.parse(params.getString(MonthJobParameters.MONTH)),
                Path.of(params.getString(MonthJobParameters.RULES)), Path.of(params.getString(MonthJobParameters.INPUT)));
        runs.put(execution, month);
        month.readCalendarAndStaff();
        month.checkInputs(InputKind.CALENDAR, InputKind.STAFF);
        month.readRecords();
        month.checkInputs(InputKind.LEAVE, InputKind.ERRORS, InputKind.OVERTIME, InputKind.FINDINGS, InputKind.DUTY,
                InputKind.TASKS, InputKind.DOCUMENTS);
    }

    private static Path protect(JobParameters params) {
        String file = params.getString(MonthJobParameters.PROTECT);
        return file == null ? null : Path.of(file);
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
