package org.kaohe.batch;

import org.kaohe.common.TestPause;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Test-only: with {@code -Dkaohe.test.pause-before-step=<step>} a run stops before that step (see
 * {@link TestPause}), so that a test can kill the process at a known point.
 */
final class PauseForTests implements StepExecutionListener {

    static final String STEP = "kaohe.test.pause-before-step";

    @Override
    public void beforeStep(StepExecution step) {
        TestPause.at(STEP, step.getStepName());
    }
}
