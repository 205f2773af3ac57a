package org.kaohe.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.kaohe.common.Folders;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.evaluation.EvaluationException;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputChecksums;
import org.kaohe.report.fivedontlets.FiveDontLetsHtml;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth;
import org.kaohe.report.fivedontlets.FiveDontLetsXlsx;
import org.kaohe.report.fivedontlets.NoticeDocx;
import org.kaohe.report.xlsx.PerformanceWorkbook;
import org.kaohe.report.xlsx.SectionPasswords;
import org.kaohe.report.xlsx.SectionWorkbooks;
import org.kaohe.section.SectionStanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the month's files into a staging folder beside the output folder and moves them into place only when all
 * are written, so a failed run never leaves half a report behind. Whatever the output folder already holds (an
 * earlier run's outputs) is first moved into {@code previous-<timestamp>/} there: a rerun never overwrites a file.
 */
public final class MonthOutputs {

    /** The folder, inside the month's output folder, that keeps an earlier run's outputs. */
    public static final String PREVIOUS = "previous-";

    private static final Logger LOG = LoggerFactory.getLogger(MonthOutputs.class);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private MonthOutputs() {
    }

    /**
     * The month's files: results, payroll, rejected rows, HR's workbook, the folder
     * of section workbooks, the five don't-lets workbook and page, the notice draft.
     */
    public static List<String> fileNames(YearMonth month) {
        return List.of("results-" + month + ".csv", "payroll-" + month + ".csv", "rejected-" + month + ".csv",
                "performance-" + month + ".xlsx", SectionWorkbooks.FOLDER, "five-dont-lets-" + month + ".xlsx",
                "five-dont-lets-" + month + ".html", "notice-" + month + ".docx");
    }

    /** A file written with the month's own, e.g. the 变更 file of a rerun. */
    public record ExtraFile(String name, Content content) {
    }

    /** What goes into one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /**
     * What the reports need besides the month.
     *
     * @param rulesFile     the rules the month was evaluated with, named with its checksum in HR's workbook
     * @param checksums     the run's checksums of the rules, calendars and inputs, listed in HR's workbook
     * @param protect       the section workbooks' password file ({@code --protect}), or null to write them unprotected
     * @param earlierMonths don't-let counts of the months already run (from the job repository), for the trend
     * @param extras        files written with the month's own
     */
    public record Options(Path rulesFile, InputChecksums checksums, Path protect, List<MonthCounts> earlierMonths,
                          List<ExtraFile> extras) {
    }

    public static void write(MonthlyEvaluation month, Path outputDir, Messages messages, Options options)
            throws IOException, EvaluationException {
        SectionPasswords passwords = options.protect() == null ? null : passwords(month, options.protect());
        String m = month.month().toString();
        List<String> names = fileNames(month.month());
        Path parent = outputDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a run killed while writing leaves its staging folder behind; nothing in it was ever published
        try (Stream<Path> leftovers = Files.list(parent)) {
            for (Path old : leftovers.filter(p -> p.getFileName().toString().startsWith(".staging-" + m + "-")).toList()) {
                Folders.deleteTree(old);
            }
        }
        Path staging = Files.createTempDirectory(parent, ".staging-" + m + "-");
        try {
            try (ParallelWrites writes = new ParallelWrites()) {
                // the longest single files first, then the many small section workbooks fill both cores
                writes.submit(timed(names.get(3), () -> new PerformanceWorkbook(month, messages)
                        .write(staging.resolve(names.get(3)), options.rulesFile(), options.checksums())));
                writes.submit(() -> {
                    FiveDontLetsMonth fiveDontLets = FiveDontLetsMonth.of(month, options.earlierMonths());
                    timed(names.get(5), () -> FiveDontLetsXlsx.write(staging.resolve(names.get(5)), fiveDontLets,
                            messages)).run();
                    timed(names.get(6), () -> FiveDontLetsHtml.write(staging.resolve(names.get(6)), fiveDontLets,
                            messages)).run();
                    timed(names.get(7), () -> NoticeDocx.write(staging.resolve(names.get(7)), fiveDontLets,
                            messages)).run();
                });
                writes.submit(timed(names.get(0), () -> ResultsCsv.write(staging.resolve(names.get(0)),
                        month.results())));
                writes.submit(timed(names.get(1), () -> PayrollCsv.write(staging.resolve(names.get(1)),
                        month.results())));
                writes.submit(timed(names.get(2), () -> RejectedCsv.write(staging.resolve(names.get(2)),
                        month.rejections(), messages)));
                for (ExtraFile extra : options.extras()) {
                    writes.submit(() -> extra.content().writeTo(staging.resolve(extra.name())));
                }
                new SectionWorkbooks(month, messages).write(staging.resolve(names.get(4)), passwords, writes);
                writes.awaitAll();
            }
            Files.createDirectories(outputDir);
            keepPrevious(outputDir);
            try (Stream<Path> staged = Files.list(staging)) {
                for (Path file : staged.toList()) {
                    move(file, outputDir.resolve(file.getFileName()));
                }
            }
        } finally {
            Folders.deleteTree(staging);
        }
    }

    /** Writing one output, logging how long it took: where a large office's writing time goes. */
    private static ParallelWrites.Writing timed(String name, ParallelWrites.Writing writing) {
        return () -> {
            long started = System.nanoTime();
            writing.run();
            LOG.info("wrote {} in {} ms", name, (System.nanoTime() - started) / 1_000_000);
        };
    }

    /** The password file, checked again (it may have changed since the run started) and against the sections. */
    private static SectionPasswords passwords(MonthlyEvaluation month, Path protect) throws EvaluationException {
        SectionPasswords passwords;
        try {
            passwords = SectionPasswords.read(protect);
        } catch (SectionPasswords.PasswordFileException e) {
            throw new EvaluationException(e.reason(), true);
        }
        List<String> missing = passwords.missing(month.sections().stream().map(SectionStanding::section).toList());
        if (!missing.isEmpty()) {
            throw new EvaluationException(Msg.of("sect.protect.missing", protect.toString(),
                    String.join(", ", missing)), true);
        }
        return passwords;
    }

    /**
     * Moves everything but earlier {@code previous-*} folders into {@code previous-<timestamp>}, named after the
     * time the newest of those files was written (when that run finished).
     */
    private static void keepPrevious(Path outputDir) throws IOException {
        List<Path> earlier;
        try (Stream<Path> entries = Files.list(outputDir)) {
            earlier = entries.filter(p -> !p.getFileName().toString().startsWith(PREVIOUS)).toList();
        }
        if (earlier.isEmpty()) {
            return;
        }
        FileTime newest = FileTime.fromMillis(0);
        for (Path p : earlier) {
            FileTime t = Files.getLastModifiedTime(p);
            newest = t.compareTo(newest) > 0 ? t : newest;
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(newest.toInstant(), ZoneId.systemDefault()));
        Path previous = outputDir.resolve(PREVIOUS + stamp);
        for (int n = 2; Files.exists(previous); n++) {
            previous = outputDir.resolve(PREVIOUS + stamp + "-" + n);
        }
        Files.createDirectory(previous);
        for (Path p : earlier) {
            move(p, previous.resolve(p.getFileName()));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
