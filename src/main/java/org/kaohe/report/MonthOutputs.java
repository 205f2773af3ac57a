package org.kaohe.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.report.fivedontlets.FiveDontLetsHtml;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth;
import org.kaohe.report.fivedontlets.FiveDontLetsXlsx;
import org.kaohe.report.fivedontlets.NoticeDocx;

/**
 * Writes the month's files into a staging folder beside the output folder and moves them into place only when all
 * are written, so a failed run never leaves half a report behind.
 */
public final class MonthOutputs {

    private MonthOutputs() {
    }

    /**
     * The month's files, in the order they are written: results, payroll, rejected rows, the five don't-lets
     * workbook and page, the notice draft.
     */
    public static List<String> fileNames(YearMonth month) {
        return List.of("results-" + month + ".csv", "payroll-" + month + ".csv", "rejected-" + month + ".csv",
                "five-dont-lets-" + month + ".xlsx", "five-dont-lets-" + month + ".html", "notice-" + month + ".docx");
    }

    /** Writes the month with no earlier months in the five don't-lets trend. */
    public static void write(MonthlyEvaluation month, Path outputDir, Messages messages) throws IOException {
        write(month, outputDir, messages, List.of());
    }

    /**
     * @param earlierMonths don't-let counts of the months already run (from the job repository), for the trend
     */
    public static void write(MonthlyEvaluation month, Path outputDir, Messages messages,
                             List<MonthCounts> earlierMonths) throws IOException {
        String m = month.month().toString();
        List<String> names = fileNames(month.month());
        Path parent = outputDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a run killed while writing leaves its staging folder behind; nothing in it was ever published
        try (Stream<Path> leftovers = Files.list(parent)) {
            for (Path old : leftovers.filter(p -> p.getFileName().toString().startsWith(".staging-" + m + "-")).toList()) {
                deleteTree(old);
            }
        }
        Path staging = Files.createTempDirectory(parent, ".staging-" + m + "-");
        try {
            ResultsCsv.write(staging.resolve(names.get(0)), month.results());
            PayrollCsv.write(staging.resolve(names.get(1)), month.results());
            RejectedCsv.write(staging.resolve(names.get(2)), month.rejections(), messages);
            FiveDontLetsMonth fiveDontLets = FiveDontLetsMonth.of(month, earlierMonths);
            FiveDontLetsXlsx.write(staging.resolve(names.get(3)), fiveDontLets, messages);
            FiveDontLetsHtml.write(staging.resolve(names.get(4)), fiveDontLets, messages);
            NoticeDocx.write(staging.resolve(names.get(5)), fiveDontLets, messages);
            Files.createDirectories(outputDir);
            for (String name : names) {
                move(staging.resolve(name), outputDir.resolve(name));
            }
        } finally {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
