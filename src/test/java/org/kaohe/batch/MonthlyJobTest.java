package org.kaohe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.KaoheApplication;
import org.kaohe.SmallMonth;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputChecksums;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The job's steps follow the spec's structure, and a failed check stops it before anything is written. */
@SpringBatchTest
@SpringBootTest(classes = KaoheApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:monthly-job-test", "spring.batch.job.enabled=false"})
class MonthlyJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    Job monthlyEvaluation;

    @Autowired
    JobRepository repository;

    @Autowired
    MonthJobLauncher launcher;

    @TempDir
    Path dir;

    /** The test utilities find the job only when it is the context's one job; the year's is there too. */
    @BeforeEach
    void theMonthlyJob() {
        jobs.setJob(monthlyEvaluation);
    }

    private static JobParameters october(Path input, Path output) throws IOException {
        return MonthJobParameters.of(new MonthRequest(YearMonth.of(2026, 10), input, output,
                Path.of("jobs/rules.yml"), "zh", false, checksums(input, input.toString())));
    }

    /**
     * The input's real checksums (HR's workbook lists them), with a marker that sets this test's runs apart from the
     * others of the same month in the shared in-memory repository.
     */
    private static InputChecksums checksums(Path input, String marker) throws IOException {
        Path rules = Path.of("jobs/rules.yml");
        Map<String, String> files = new TreeMap<>(
                InputChecksums.of(input, rules, MonthlyEvaluation.calendarDir(rules)).files());
        files.put("marker", marker);
        return new InputChecksums(new TreeMap<>(files));
    }

    @Test
    void theJobReadsChecksEvaluatesPaysAndWritesInThatOrder() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        SmallMonth.writeTo(input);
        Path output = dir.resolve("out").resolve("2026-10");
        JobExecution execution = jobs.startJob(october(input, output));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly(
                "readInputsStep", "punchesStep", "attendanceStep", "scoringStep", "payStep", "writeStep");
        // the job stages its outputs; the launcher publishes them once the run is recorded as completed
        Path staged = dir.resolve("out").resolve(".staging-2026-10-" + execution.getId());
        assertThat(staged.resolve("results-2026-10.csv")).exists();
        assertThat(staged.resolve("payroll-2026-10.csv")).exists();
        assertThat(staged.resolve("rejected-2026-10.csv")).exists();
        assertThat(staged.resolve("performance-2026-10.xlsx")).exists();
        assertThat(staged.resolve("sections").resolve("秘书科-2026-10.xlsx")).exists();
        assertThat(output).doesNotExist();
    }

    @Test
    void anInterruptedRunOfTheMonthIsRecoveredAndCompletedByTheNextRun() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        SmallMonth.writeTo(input);
        Path output = dir.resolve("out").resolve("2026-10");
        MonthRequest request = new MonthRequest(YearMonth.of(2026, 10), input, output, Path.of("jobs/rules.yml"),
                "zh", true, checksums(input, "interrupted-" + input));
        JobParameters params = MonthJobParameters.of(request);
        // what a killed process leaves behind: an execution that says it is still running
        JobInstance instance = repository.createJobInstance(MonthlyJobConfiguration.JOB_NAME, params);
        JobExecution killed = repository.createJobExecution(instance, params, new ExecutionContext());
        killed.setStatus(BatchStatus.STARTED);
        killed.setStartTime(LocalDateTime.now());
        repository.update(killed);

        Path leftover = Files.createDirectories(dir.resolve("out").resolve(".staging-2026-10-" + killed.getId()));
        Files.writeString(leftover.resolve("results-2026-10.csv"), "half");

        MonthJobLauncher.Outcome outcome = launcher.launch(request);

        assertThat(outcome.status()).isEqualTo(MonthJobLauncher.Status.DONE);
        assertThat(repository.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(output.resolve("results-2026-10.csv")).exists();
        try (var root = Files.list(output.getParent())) {
            assertThat(root).extracting(p -> p.getFileName().toString()).containsExactly("2026-10");
        }
    }

    @Test
    void tooManyRejectedRowsFailTheFirstStepAndNothingIsWritten() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        SmallMonth.writeTo(input);
        SmallMonth.write(input, "overtime.csv", "工号,日期,开始时间,结束时间,事由,审批状态,审批人",
                "1001,2026-10-17,09:00,09:00,整理材料,已批准,王芳");
        Path output = dir.resolve("out").resolve("2026-10");
        JobExecution execution = jobs.startJob(october(input, output));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName, StepExecution::getStatus)
                .containsExactly(org.assertj.core.api.Assertions.tuple("readInputsStep", BatchStatus.FAILED));
        assertThat(output).doesNotExist();
    }
}
