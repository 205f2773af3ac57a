package org.kaohe.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Test-only: with {@code -Dkaohe.test.pause-before-step=<step>} a run stops before that step, creates the file named
 * by {@code -Dkaohe.test.pause-marker} and waits, so that a test can kill the process at a known point. Without
 * the property (every real run) it does nothing.
 */
final class PauseForTests implements StepExecutionListener {

    static final String STEP = "kaohe.test.pause-before-step";
    static final String MARKER = "kaohe.test.pause-marker";

    @Override
    public void beforeStep(StepExecution step) {
        if (!step.getStepName().equals(System.getProperty(STEP))) {
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
