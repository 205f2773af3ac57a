package org.kaohe.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Test-only, so that a test can kill the process at a known point: with {@code -Dkaohe.test.pause-before-step=<step>}
 * a run stops before that step, and with {@code -Dkaohe.test.pause-before-rename=<rename>} before that rename of the
 * publication ({@code journal}, {@code aside}, {@code flatten}, {@code publish}, {@code done}); it creates the file
 * named by {@code -Dkaohe.test.pause-marker} and waits. {@code -Dkaohe.test.fail-history-sync=true} makes recording
 * the completed run on disk fail as a full disk does. Without the properties (every real run) it does nothing.
 */
final class PauseForTests implements StepExecutionListener {

    static final String STEP = "kaohe.test.pause-before-step";
    static final String RENAME = "kaohe.test.pause-before-rename";
    static final String MARKER = "kaohe.test.pause-marker";
    static final String FAIL_SYNC = "kaohe.test.fail-history-sync";

    @Override
    public void beforeStep(StepExecution step) {
        pauseIf(STEP, step.getStepName());
    }

    static void beforeRename(String rename) {
        pauseIf(RENAME, rename);
    }

    static void failHistorySync() throws IOException {
        if (Boolean.getBoolean(FAIL_SYNC)) {
            throw new IOException("No space left on device");
        }
    }

    private static void pauseIf(String property, String point) {
        if (!point.equals(System.getProperty(property))) {
            return;
        }
        try {
            Files.createFile(Path.of(System.getProperty(MARKER)));
            Thread.sleep(300_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
