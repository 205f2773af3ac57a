package org.kaohe.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.LoggerFactory;

/**
 * The month's output files written on every core: they are independent files, and with one writer the second core
 * of a two-core machine idles through most of a province's reports. Files are written in the order submitted, so the
 * longest go first. {@link #awaitAll} waits for every file and then throws the first failure; closing stops what is
 * still running and waits until it has stopped.
 */
public final class ParallelWrites implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Writing one file. */
    @FunctionalInterface
    public interface Writing {
        void run() throws IOException;
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    private final List<Future<?>> submitted = new ArrayList<>();
    private final List<Closeable> closedLast = new CopyOnWriteArrayList<>();
    private final Map<String, LongAdder> cpu = Collections.synchronizedMap(new LinkedHashMap<>());

    /**
     * Closed again once every task has stopped: a file whose tasks close it themselves is left open when closing
     * stopped them before they ran. Closing twice must do nothing.
     */
    public void closeLast(Closeable file) {
        closedLast.add(file);
    }

    /** @param what the file (or kind of files) written, under which its CPU is counted in {@link #cpuMillis} */
    public void submit(String what, Writing writing) {
        LongAdder used = cpu.computeIfAbsent(what, k -> new LongAdder());
        submitted.add(pool.submit(() -> {
            long before = threadCpu();
            try {
                writing.run();
            } finally {
                used.add(threadCpu() - before);
            }
            return null;
        }));
    }

    /**
     * The CPU used so far by each kind of writing, in milliseconds, in the order first submitted (empty where the
     * JVM cannot tell): on two busy cores the time on the clock says little of what each file costs.
     */
    public Map<String, Long> cpuMillis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        if (cpuCounted()) {
            synchronized (cpu) {
                cpu.forEach((what, used) -> millis.put(what, used.sum() / 1_000_000));
            }
        }
        return millis;
    }

    private static long threadCpu() {
        return cpuCounted() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static boolean cpuCounted() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    public void awaitAll() throws IOException {
        Throwable first = null;
        for (Future<?> f : submitted) {
            try {
                f.get();
            } catch (ExecutionException e) {
                first = first == null ? e.getCause() : first;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the outputs");
            }
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof UncheckedIOException io) {
            // a workbook's sheet that could not be written out while it was filled
            throw io.getCause();
        }
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }

    /** Stops what is still running and waits for it: no file may be written after the staging folder is gone. */
    @Override
    public void close() {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (Closeable file : closedLast) {
            try {
                file.close();
            } catch (IOException e) {
                // the run has failed or is done: an unclosed file in its staging folder is discarded with it
                LoggerFactory.getLogger(ParallelWrites.class).warn("cannot close {}", file, e);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
