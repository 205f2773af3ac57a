package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kaohe.common.Msg;
import org.kaohe.history.HistoryTransfer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kaohe history import --from DIR}: an export loaded into an empty run history — the embedded one of
 * {@code --output}, or PostgreSQL when SPRING_DATASOURCE_URL is set.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "把导出的运行记录导入空的运行记录")
final class HistoryImportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "kaohe history export 导出的文件夹")
    Path from;

    @Mixin
    HistoryOptions options;

    @Override
    public Integer call() throws IOException, UsageException {
        Console console = options.console();
        if (!Files.isRegularFile(from.resolve("runs.csv"))) {
            throw new UsageException(Msg.of("history.import_not_export", from.toAbsolutePath().toString()));
        }
        Path repository = options.repository();
        HistoryOptions.Opened opened = options.open(console);
        if (opened.context() == null) {
            return opened.exitCode();
        }
        int runs;
        try (ConfigurableApplicationContext context = opened.context()) {
            runs = context.getBean(HistoryTransfer.class).importFrom(from);
        } catch (HistoryTransfer.NotEmptyException e) {
            throw new UsageException(Msg.of("history.import_not_empty", repository.toString()));
        }
        console.say(Msg.of("history.imported", String.valueOf(runs), from.toAbsolutePath().toString()));
        return ExitCode.DONE;
    }
}
