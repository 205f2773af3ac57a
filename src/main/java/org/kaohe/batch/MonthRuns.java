package org.kaohe.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.springframework.stereotype.Component;

/**
 * The evaluation each running job execution works on. The per-person state lives in memory for the length of one
 * execution, which is why every step re-runs when a failed month is started again.
 */
@Component
public class MonthRuns {

    private final Map<Long, MonthlyEvaluation> byExecution = new ConcurrentHashMap<>();

    void put(long executionId, MonthlyEvaluation evaluation) {
        byExecution.put(executionId, evaluation);
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
