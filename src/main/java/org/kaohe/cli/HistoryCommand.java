package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import picocli.CommandLine.Option;

/** {@code kaohe history}: the runs kept in an output root's job repository, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "列出运行记录")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHORT_CHECKSUM = 8;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "输出根目录，其中的 .kaohe/ 保存运行记录（默认 output）")
    Path output;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "只列出这个月份")
    String month;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "语言 / language: zh, en")
    String lang;

    @Override
    public Integer call() throws IOException {
        Console console = new Console(Messages.forLang(lang));
        Path repository = JobRepositoryContext.repositoryOf(output);
        if (!JobRepositoryContext.exists(repository)) {
            console.say(Msg.of("history.none", repository.toString()));
            return ExitCode.DONE;
        }
        ConfigurableApplicationContext context;
        try {
            context = JobRepositoryContext.open(repository);
        } catch (RuntimeException e) {
            Optional<HistorySchema.NewerRepositoryException> newer = JobRepositoryContext.newer(e);
            if (newer.isPresent()) {
                console.error(newer(newer.get()));
                return ExitCode.FAILED;
            }
            if (JobRepositoryContext.inUse(e)) {
                console.error(Msg.of("history.in_use"));
                return ExitCode.FAILED;
            }
            throw e;
        }
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

    /** The repository was written by a newer kaohe, and is left as it is. */
    static Msg newer(HistorySchema.NewerRepositoryException e) {
        return Msg.of("history.newer", e.found(), e.known());
    }

    private static String checksums(RunRecord r) {
        List<String> files = new ArrayList<>();
        r.inputs().files().forEach((name, sum) -> files.add(name + " " + sum.substring(0, SHORT_CHECKSUM)));
        return String.join(", ", files);
    }
}
