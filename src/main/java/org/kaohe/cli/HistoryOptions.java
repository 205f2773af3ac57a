package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.history.HistorySchema;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** The options every history command takes: whose run history, and the language it answers in. */
final class HistoryOptions {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "输出根目录，其中的 .kaohe/ 保存运行记录（默认 output）")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "语言 / language: zh, en")
    String lang;

    /** The run history's context, or none after telling the user why, with the exit code to end with. */
    record Opened(ConfigurableApplicationContext context, int exitCode) {
    }

    Console console() {
        return new Console(Messages.forLang(lang));
    }

    Path repository() {
        return JobRepositoryContext.repositoryOf(output);
    }

    /** The run history when there is one: none yet is not an error. */
    Opened openExisting(Console console) throws IOException {
        if (!JobRepositoryContext.exists(repository())) {
            console.say(Msg.of("history.none", repository().toString()));
            return new Opened(null, ExitCode.DONE);
        }
        return open(console);
    }

    /** The run history, created empty when there is none yet. */
    Opened open(Console console) throws IOException {
        try {
            return new Opened(JobRepositoryContext.open(repository()), ExitCode.DONE);
        } catch (RuntimeException e) {
            Optional<HistorySchema.NewerRepositoryException> newer = JobRepositoryContext.newer(e);
            if (newer.isPresent()) {
                console.error(newer(newer.get()));
                return new Opened(null, ExitCode.FAILED);
            }
            if (JobRepositoryContext.inUse(e)) {
                console.error(Msg.of("history.in_use"));
                return new Opened(null, ExitCode.FAILED);
            }
            throw e;
        }
    }

    /** The repository was written by a newer kaohe, and is left as it is. */
    static Msg newer(HistorySchema.NewerRepositoryException e) {
        return Msg.of("history.newer", e.found(), e.known());
    }
}
