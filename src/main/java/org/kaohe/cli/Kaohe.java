package org.kaohe.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.generate.GenerateCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kaohe}: the command line of SPEC §5. */
@Command(name = "kaohe", mixinStandardHelpOptions = true, version = "kaohe 0.1",
        description = "考核：月度绩效考核与“五个不让”通报", subcommands = {RunCommand.class, ValidateCommand.class,
                ExplainCommand.class, TemplatesCommand.class, HistoryCommand.class, GenerateCommand.class})
public final class Kaohe implements Callable<Integer> {

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
        Console console = new Console(Messages.forLang(langOf(args)));
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
            console.error(Msg.of("cli.unexpected", String.valueOf(e.getMessage()), LogFiles.current()));
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
