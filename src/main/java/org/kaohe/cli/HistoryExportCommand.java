package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kaohe.common.Msg;
import org.kaohe.history.HistoryTransfer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kaohe history export --to DIR}: the whole run history as CSV files with a README of their columns. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "把运行记录导出为 CSV 文件（备份或迁移）")
final class HistoryExportCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "导出到这个文件夹")
    Path to;

    @Mixin
    HistoryOptions options;

    @Override
    public Integer call() throws IOException, UsageException {
        Console console = options.console();
        HistoryOptions.Opened opened = options.openExisting(console);
        if (opened.context() == null) {
            return opened.exitCode();
        }
        int runs;
        try (ConfigurableApplicationContext context = opened.context()) {
            runs = context.getBean(HistoryTransfer.class).exportTo(to);
        } catch (HistoryTransfer.NotEmptyException e) {
            throw new UsageException(Msg.of("history.export_not_empty", to.toAbsolutePath().toString()));
        }
        console.say(Msg.of("history.exported", String.valueOf(runs), to.toAbsolutePath().toString()));
        return ExitCode.DONE;
    }
}
