package org.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Every file is written even when one fails, and then the first failure is what the run reports. */
class ParallelWritesTest {

    @Test
    void theFirstFailureIsThrownAfterEveryOtherFileWasWritten() {
        AtomicInteger written = new AtomicInteger();
        try (ParallelWrites writes = new ParallelWrites()) {
            writes.submit("a", written::incrementAndGet);
            writes.submit("a", () -> {
                throw new IOException("disk full: results");
            });
            for (int i = 0; i < 50; i++) {
                writes.submit("a", written::incrementAndGet);
            }
            writes.submit("a", () -> {
                throw new IOException("disk full: notice");
            });
            assertThatThrownBy(writes::awaitAll).isInstanceOf(IOException.class).hasMessage("disk full: results");
        }
        assertThat(written).hasValue(51);
    }

    @Test
    void closingWaitsForAWritingThatIgnoresTheInterruptSoNothingOutlivesTheStagingFolder() {
        AtomicInteger finished = new AtomicInteger();
        try (ParallelWrites writes = new ParallelWrites()) {
            writes.submit("a", () -> {
                long until = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();   // busy building rows: an interrupt is not noticed
                }
                finished.incrementAndGet();
            });
        }
        assertThat(finished).hasValue(1);
    }

    @Test
    void aFileWhoseTasksNeverRanIsClosedWhenTheWritesAreClosed() {
        AtomicInteger closed = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        try (ParallelWrites writes = new ParallelWrites()) {
            writes.closeLast(closed::incrementAndGet);
            // as many long writings as threads, then the one that would have closed the file: stopped before it runs
            for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
                writes.submit("a", () -> {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            writes.submit("a", ran::incrementAndGet);
        }
        assertThat(ran).hasValue(0);
        assertThat(closed).hasValue(1);
    }

    @Test
    void aSheetThatCouldNotBeWrittenOutIsReportedAsTheIoErrorItWas() {
        try (ParallelWrites writes = new ParallelWrites()) {
            writes.submit("a", () -> {
                throw new UncheckedIOException(new IOException("no space left on device"));
            });
            assertThatThrownBy(writes::awaitAll).isExactlyInstanceOf(IOException.class)
                    .hasMessage("no space left on device");
        }
    }

    @Test
    void theCpuOfEachKindOfWritingIsCountedUnderItsNameInTheOrderFirstSubmitted() throws IOException {
        try (ParallelWrites writes = new ParallelWrites()) {
            writes.submit("sections", () -> busyFor(120));
            writes.submit("results.csv", () -> busyFor(50));
            writes.submit("sections", () -> busyFor(120));
            writes.awaitAll();
            assertThat(writes.cpuMillis().keySet()).containsExactly("sections", "results.csv");
            assertThat(writes.cpuMillis().get("sections")).isBetween(240L, 2_000L);
            assertThat(writes.cpuMillis().get("results.csv")).isBetween(50L, 1_000L);
        }
    }

    /**
     * Keeps the thread on the CPU for {@code millis} of its own CPU time, however busy the machine is (a minute at
     * most: where the JVM counts no thread CPU, the test fails on its figures rather than hanging).
     */
    private static void busyFor(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (threads.getCurrentThreadCpuTime() < until && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
    }
}
