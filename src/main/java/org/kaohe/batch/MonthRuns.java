package org.kaohe.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputChecksums;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * The evaluation each running job execution works on. The per-person state lives in memory for the length of one
 * execution, which is why every step re-runs when a failed month is started again.
 */
@Component
public class MonthRuns {

    private final Map<Long, MonthlyEvaluation> byExecution = new ConcurrentHashMap<>();
    private final Map<String, InputChecksums> checksums = new ConcurrentHashMap<>();

    void put(long executionId, MonthlyEvaluation evaluation) {
        byExecution.put(executionId, evaluation);
    }

    /** The checksums a launch has already computed, so the job need not read every input once more for them. */
    void expect(InputChecksums inputs) {
        checksums.put(inputs.fingerprint(), inputs);
    }

    /** The checksums of the files a job's parameters name. */
    InputChecksums inputs(JobParameters params) throws IOException {
        InputChecksums known = checksums.get(params.getString(RunParameters.FINGERPRINT));
        if (known != null) {
            return known;
        }
        Path rules = Path.of(params.getString(RunParameters.RULES));
        return InputChecksums.of(Path.of(params.getString(MonthJobParameters.INPUT)), rules,
                MonthlyEvaluation.calendarDir(rules));
    }

    /** The evaluation of an execution, or null when its first step failed before creating one. */
    public MonthlyEvaluation find(long executionId) {
        return byExecution.get(executionId);
    }

    public MonthlyEvaluation get(long executionId) {
        MonthlyEvaluation e = byExecution.get(executionId);
        if (e == null) {
            throw new IllegalStateException("no evaluation for job execution " + executionId);
        }
        return e;
    }
}
