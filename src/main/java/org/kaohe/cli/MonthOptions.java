package org.kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.kaohe.common.Msg;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.rules.RulesException;
import picocli.CommandLine.Option;

/** The options every month command shares, with the defaults of SPEC §5. */
final class MonthOptions extends RulesAndLanguage {

    private static final Pattern YYYY_MM = Pattern.compile("\\d{4}-\\d{2}");

    /** Not required by picocli: {@code explain} takes --year instead. */
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "考核月份 / the month")
    String month;

    @Option(names = "--input", paramLabel = "DIR", description = "输入文件夹（默认 input/<月份>）")
    Path input;

    /** Exactly YYYY-MM: YearMonth alone would also take a signed year of five digits (+12026-10). */
    YearMonth yearMonth() throws UsageException {
        if (month == null) {
            throw new UsageException(Msg.of("cli.no_month"));
        }
        if (!YYYY_MM.matcher(month).matches()) {
            throw new UsageException(Msg.of("cli.bad_month", month));
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new UsageException(Msg.of("cli.bad_month", month));
        }
    }

    /** The input folder; every command asks for it first, so a bad --month is refused before anything is made. */
    Path inputDir() throws UsageException {
        YearMonth yearMonth = yearMonth();
        if (input != null && input.toString().isEmpty()) {
            // the empty path is the current folder, which is never what was meant
            throw new UsageException(Msg.of("cli.empty_path", "--input"));
        }
        Path dir = input != null ? input : Path.of("input", yearMonth.toString());
        if (!Files.isDirectory(dir)) {
            throw new UsageException(Msg.of("cli.no_input_dir", dir.toString()));
        }
        return dir;
    }

    /** A fresh evaluation of the month with the rules file read and checked. */
    MonthlyEvaluation evaluation() throws UsageException {
        try {
            return MonthlyEvaluation.open(yearMonth(), rules, inputDir());
        } catch (RulesException e) {
            throw new UsageException(e.reason());
        }
    }
}
