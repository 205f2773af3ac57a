package org.kaohe.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kaohe.year.Graded;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.YearOutcome;
import org.kaohe.year.YearRules;
import org.springframework.stereotype.Component;

/**
 * What each running year execution has computed so far, step by step; in memory for one execution, so every step
 * runs again when a failed year is started again.
 */
@Component
public class YearRuns {

    /** One execution's work: the inputs it read, the people graded, then the outcome. */
    public static final class Work {
        YearInputs inputs;
        YearRules rules;
        /** rules.yml's office.name, the 单位 in the reports' titles. */
        String office;
        List<PersonMonth> months;
        List<Graded> graded;
        YearOutcome outcome;

        public YearOutcome outcome() {
            return outcome;
        }
    }

    private final Map<Long, Work> byExecution = new ConcurrentHashMap<>();
    private final Map<String, YearInputs> expected = new ConcurrentHashMap<>();

    /** The inputs a launch has computed, found again by the job from its fingerprint parameter. */
    void expect(YearInputs inputs) {
        expected.put(inputs.fingerprint(), inputs);
    }

    YearInputs expected(String fingerprint) {
        YearInputs inputs = expected.get(fingerprint);
        if (inputs == null) {
            throw new IllegalStateException("no year inputs for fingerprint " + fingerprint);
        }
        return inputs;
    }

    Work work(long executionId) {
        return byExecution.computeIfAbsent(executionId, id -> new Work());
    }

    /** The work of an execution, or null when it never started. */
    public Work find(long executionId) {
        return byExecution.get(executionId);
    }
}
