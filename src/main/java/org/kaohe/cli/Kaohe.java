package org.kaohe.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.generate.GenerateCommand;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kaohe}: the command line of SPEC §5. */
@Command(name = "kaohe", mixinStandardHelpOptions = true, version = "kaohe 0.1",
        description = "考核：月度绩效考核与“五个不让”通报", subcommands = {RunCommand.class, ValidateCommand.class,
                ExplainCommand.class, TemplatesCommand.class, HistoryCommand.class, GenerateCommand.class,
                YearCommand.class})
public final class Kaohe implements Callable<Integer> {

    /** The languages of the message bundles; a mistyped one would otherwise fall back to Chinese without a word. */
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return ExitCode.USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; never prints a stack trace. */
    public static int execute(String... args) {
        // LogFiles configures Logback; Spring Boot configuring it again would fail the run when the log cannot be
        // written (a full disk) and print Logback's report on the console
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        String lang = langOf(args);
        Console console = new Console(Messages.forLang(lang));
        if (!LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            console.error(Msg.of("cli.bad_lang", lang));
            return ExitCode.USAGE;
        }
        CommandLine cli = new CommandLine(new Kaohe());
        cli.setParameterExceptionHandler((e, a) -> {
            console.error(Msg.of("cli.usage_error", e.getMessage()));
            e.getCommandLine().usage(System.err);
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof UsageException u) {
                console.error(u.reason());
                return ExitCode.USAGE;
            }
            LoggerFactory.getLogger(Kaohe.class).error("unexpected failure", e);
            console.error(Msg.of("cli.unexpected", Unexpected.summary(e), LogFiles.current()));
            return ExitCode.FAILED;
        });
        return cli.execute(args);
    }

    /** The language, known before parsing so that parse errors are in it too. */
    private static String langOf(String[] args) {
        int i = Arrays.asList(args).indexOf("--lang");
        if (i >= 0 && i + 1 < args.length) {
            return args[i + 1];
        }
        return Arrays.stream(args).filter(a -> a.startsWith("--lang=")).map(a -> a.substring(7)).findFirst()
                .orElse("zh");
    }
}
