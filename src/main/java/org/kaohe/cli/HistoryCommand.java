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
        String version;
        try (context) {
            runs = context.getBean(RunHistory.class).runs().stream()
                    .filter(r -> month == null || r.month().toString().equals(month)).toList();
            version = HistorySchema.version(context.getBean(Flyway.class));
        }
        console.say(Msg.of("history.schema", version));
        if (runs.isEmpty()) {
            console.say(Msg.of("history.none", repository.toString()));
            return ExitCode.DONE;
        }
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
        return ExitCode.DONE;
    }

    private static String checksums(RunRecord r) {
        List<String> files = new ArrayList<>();
        r.inputs().files().forEach((name, sum) -> files.add(name + " " + sum.substring(0, SHORT_CHECKSUM)));
        return String.join(", ", files);
    }
}
