package org.kaohe.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.slf4j.LoggerFactory;

/**
 * Where the log goes: {@code logback.xml} writes to the file in the system property {@code kaohe.log.file} — one
 * file per run, {@code <output root>/logs/kaohe-<YYYY-MM>-<yyyyMMdd-HHmmss>.log}, outside the month's folder so
 * that a failed run leaves its log and nothing else — or, for the other commands, {@code kaohe.log} in the temp
 * folder.
 */
final class LogFiles {

    static final String PROPERTY = "kaohe.log.file";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LogFiles() {
    }

    /** Starts the run's own log file and returns it. */
    static Path startRun(Path outputRoot, YearMonth month) {
        return startRun(outputRoot, month.toString());
    }

    /** Starts the log file of a run of {@code period} (a month, or a year) and returns it. */
    static Path startRun(Path outputRoot, String period) {
        Path file = outputRoot.toAbsolutePath().resolve("logs")
                .resolve("kaohe-" + period + "-" + STAMP.format(LocalDateTime.now()) + ".log");
        System.setProperty(PROPERTY, file.toString());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("logback.xml is broken", e);
        }
        return file;
    }

    static String current() {
        return System.getProperty(PROPERTY, Path.of(System.getProperty("java.io.tmpdir"), "kaohe.log").toString());
    }
}
