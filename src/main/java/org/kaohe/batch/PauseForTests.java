package org.kaohe.batch;

import java.io.IOException;
import org.kaohe.common.TestPause;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Test-only, so that a test can kill the process at a known point (see {@link TestPause}): with
 * {@code -Dkaohe.test.pause-before-step=<step>} a run stops before that step, and with
 * {@code -Dkaohe.test.pause-before-rename=<rename>} before that rename of the publication ({@code journal},
 * {@code aside}, {@code flatten}, {@code publish}, {@code done}). {@code -Dkaohe.test.fail-history-sync=true} makes
 * recording the completed run on disk fail as a full disk does. Without the properties (every real run) it does
 * nothing.
 */
final class PauseForTests implements StepExecutionListener {

    static final String STEP = "kaohe.test.pause-before-step";
    static final String RENAME = "kaohe.test.pause-before-rename";
    static final String FAIL_SYNC = "kaohe.test.fail-history-sync";

    @Override
    public void beforeStep(StepExecution step) {
        TestPause.at(STEP, step.getStepName());
    }

    static void beforeRename(String rename) {
        TestPause.at(RENAME, rename);
    }

    static void failHistorySync() throws IOException {
        if (Boolean.getBoolean(FAIL_SYNC)) {
            throw new IOException("No space left on device");
        }
    }
}
