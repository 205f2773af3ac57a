package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.history.HistorySchema;
import org.kaohe.history.RunHistory;
import org.kaohe.history.RunRecord;
import org.kaohe.history.YearHistory;
import org.kaohe.history.YearRunRecord;
import org.kaohe.report.Numbers;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kaohe history}: the runs kept in an output root's job repository, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "列出运行记录",
        subcommands = {HistoryExportCommand.class, HistoryImportCommand.class})
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHORT_CHECKSUM = 8;

    @Mixin
    HistoryOptions options;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "只列出这个月份")
    String month;

    @Override
    public Integer call() throws IOException {
        Console console = options.console();
        Path repository = options.repository();
        HistoryOptions.Opened opened = options.openExisting(console);
        if (opened.context() == null) {
            return opened.exitCode();
        }
        ConfigurableApplicationContext context = opened.context();
        List<RunRecord> runs;
        List<YearRunRecord> yearRuns;
        String version;
        try (context) {
            runs = context.getBean(RunHistory.class).runs().stream()
                    .filter(r -> month == null || r.month().toString().equals(month)).toList();
            yearRuns = month == null ? context.getBean(YearHistory.class).runs() : List.of();
            version = HistorySchema.version(context.getBean(Flyway.class));
        }
        console.say(Msg.of("history.schema", version));
        if (runs.isEmpty() && yearRuns.isEmpty()) {
            console.say(Msg.of("history.none", repository.toString()));
            return ExitCode.DONE;
        }
        if (!runs.isEmpty()) {
            monthRuns(runs, console);
        }
        if (!yearRuns.isEmpty()) {
            yearRuns(yearRuns, console);
        }
        return ExitCode.DONE;
    }

    private static void monthRuns(List<RunRecord> runs, Console console) {
        Messages m = console.messages();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.get("history.header").split(",")));
        for (RunRecord r : runs) {
            rows.add(List.of(String.valueOf(r.id()), r.month().toString(), TIME.format(r.startedAt()),
                    m.get(r.rerun() ? "history.kind.rerun" : "history.kind.run"),
                    m.get("history.status." + r.status()),
                    r.people() == null ? "—" : String.valueOf(r.people()),
                    r.pool() == null ? "—" : Numbers.points(r.pool()),
                    r.runBy() == null ? "" : r.runBy(), checksums(r)));
        }
        TextTable.lines(rows).forEach(console::print);
    }

    /** The year runs, after the months: which month runs each read. */
    private static void yearRuns(List<YearRunRecord> runs, Console console) {
        Messages m = console.messages();
        console.say(Msg.of("history.years"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.get("history.year_header").split(",")));
        for (YearRunRecord r : runs) {
            List<String> months = new ArrayList<>();
            r.monthRuns().forEach((month, run) -> months.add(m.get("history.year_month", month.toString(),
                    String.valueOf(run))));
            rows.add(List.of(String.valueOf(r.id()), r.year().toString(), TIME.format(r.startedAt()),
                    m.get(r.rerun() ? "history.kind.rerun" : "history.kind.run"),
                    m.get("history.status." + r.status()),
                    r.people() == null ? "—" : String.valueOf(r.people()),
                    r.runBy() == null ? "" : r.runBy(), String.join(", ", months)));
        }
        TextTable.lines(rows).forEach(console::print);
    }

    private static String checksums(RunRecord r) {
        List<String> files = new ArrayList<>();
        r.inputs().files().forEach((name, sum) -> files.add(name + " " + sum.substring(0, SHORT_CHECKSUM)));
        return String.join(", ", files);
    }
}
