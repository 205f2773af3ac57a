package org.kaohe.cli;

import java.util.concurrent.Callable;
import org.kaohe.common.Msg;
import org.kaohe.evaluation.EvaluationException;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.input.Identifiers;
import org.kaohe.input.InputKind;
import org.kaohe.report.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kaohe explain}: computes the month in memory and prints one person's score and pay line by line. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "逐条说明某人的得分和绩效工资")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    MonthOptions options;

    @Option(names = "--employee", required = true, paramLabel = "工号", description = "工号 / employee ID")
    String employee;

    @Override
    public Integer call() throws UsageException {
        Console console = new Console(options.messages());
        MonthlyEvaluation month = options.evaluation();
        try {
            month.readAll();
            month.checkInputs(InputKind.values());
        } catch (EvaluationException e) {
            return ExitCode.report(e, console);
        }
        month.evaluateAttendance();
        month.score();
        month.pay();
        String id = Identifiers.lookup(employee);
        PersonResult person = month.results().stream().filter(r -> r.staff().id().equals(id))
                .findFirst().orElse(null);
        if (person == null) {
            throw new UsageException(Msg.of("cli.unknown_employee", employee));
        }
        new Explanation(month, console.messages()).of(person).forEach(console::print);
        return ExitCode.DONE;
    }
}
