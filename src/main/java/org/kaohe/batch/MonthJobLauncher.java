package org.kaohe.batch;

import java.util.ArrayList;
import java.util.List;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts the monthly job for a request and reports how it ended. */
@Component
public class MonthJobLauncher {

    private final JobOperator operator;
    private final Job job;
    private final MonthRuns runs;

    public MonthJobLauncher(JobOperator operator, Job monthlyEvaluation, MonthRuns runs) {
        this.operator = operator;
        this.job = monthlyEvaluation;
        this.runs = runs;
    }

    /**
     * How a run ended: done, failed (with its causes and, when the inputs were opened, the evaluation so far),
     * already done with the same inputs and rules, or already running.
     */
    public record Outcome(Status status, MonthlyEvaluation evaluation, List<Throwable> failures) {
    }

    public enum Status { DONE, FAILED, ALREADY_DONE, ALREADY_RUNNING }

    public Outcome launch(MonthRequest request) throws Exception {
        JobExecution execution;
        try {
            execution = operator.start(job, MonthJobParameters.of(request));
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
}
