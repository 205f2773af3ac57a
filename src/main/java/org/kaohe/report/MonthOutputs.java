package org.kaohe.report;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.kaohe.common.Messages;
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

/** The month's output files, written all into one folder, several at a time. */
public final class MonthOutputs {

    private static final Logger LOG = LoggerFactory.getLogger(MonthOutputs.class);

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

    /** Writes the month's files into {@code folder} (a staging folder: see {@code publish.Publication}). */
    public static void write(MonthlyEvaluation month, Path folder, Messages messages, Options options)
            throws IOException, EvaluationException {
        SectionPasswords passwords = options.protect() == null ? null : passwords(month, options.protect());
        List<String> names = fileNames(month.month());
        try (ParallelWrites writes = new ParallelWrites()) {
            // the longest first: HR's workbook in parts filled at once, then the five don't-lets files (one chain);
            // then the many small section workbooks fill both cores
            long started = System.nanoTime();
            long cpuBefore = processCpu();
            new PerformanceWorkbook(month, messages).write(folder.resolve(names.get(3)), options.rulesFile(),
                    options.checksums(), writes, () -> LOG.info("wrote {} in {} ms", names.get(3),
                            (System.nanoTime() - started) / 1_000_000));
            writes.submit(String.join(" + ", names.subList(5, 8)), () -> {
                FiveDontLetsMonth fiveDontLets = FiveDontLetsMonth.of(month, options.earlierMonths());
                timed(names.get(5), () -> FiveDontLetsXlsx.write(folder.resolve(names.get(5)), fiveDontLets,
                        messages)).run();
                timed(names.get(6), () -> FiveDontLetsHtml.write(folder.resolve(names.get(6)), fiveDontLets,
                        messages)).run();
                timed(names.get(7), () -> NoticeDocx.write(folder.resolve(names.get(7)), fiveDontLets,
                        messages)).run();
            });
            writes.submit(names.get(0), timed(names.get(0), () -> ResultsCsv.write(folder.resolve(names.get(0)),
                    month.results())));
            writes.submit(names.get(1), timed(names.get(1), () -> PayrollCsv.write(folder.resolve(names.get(1)),
                    month.results())));
            writes.submit(names.get(2), timed(names.get(2), () -> RejectedCsv.write(folder.resolve(names.get(2)),
                    month.rejections(), messages)));
            for (ExtraFile extra : options.extras()) {
                writes.submit(extra.name(), () -> extra.content().writeTo(folder.resolve(extra.name())));
            }
            new SectionWorkbooks(month, messages).write(folder.resolve(names.get(4)), passwords, writes);
            writes.awaitAll();
            LOG.info("wrote the month's files in {} ms, {} ms of the process's CPU; CPU ms by file: {}",
                    (System.nanoTime() - started) / 1_000_000, (processCpu() - cpuBefore) / 1_000_000,
                    writes.cpuMillis());
        }
    }

    /**
     * The CPU the whole process has used, in nanoseconds (-1 where the JVM cannot tell): on a shared machine it says
     * more about the cost of writing than the time on the clock.
     */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
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
        try {
            return SectionPasswords.readFor(protect, month.sections().stream().map(SectionStanding::section).toList());
        } catch (SectionPasswords.PasswordFileException e) {
            throw new EvaluationException(e.reason(), true);
        }
    }
}
