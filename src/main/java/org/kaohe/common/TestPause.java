package org.kaohe.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only: when the system property {@code property} names {@code point}, the process creates the file named by
 * {@code -Dkaohe.test.pause-marker} and waits, so that a test can kill it at a known point. Without the property
 * (every real run) it does nothing.
 */
public final class TestPause {

    public static final String MARKER = "kaohe.test.pause-marker";

    private TestPause() {
    }

    public static void at(String property, String point) {
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
