package org.kaohe.cli;

import java.util.concurrent.Callable;
import org.kaohe.common.Msg;
import org.kaohe.evaluation.EvaluationException;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputKind;
import org.kaohe.report.InputReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kaohe validate}: reads and checks every input, writes nothing; exit 1 when a run would fail. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "只读取并检查输入，不写任何文件")
final class ValidateCommand implements Callable<Integer> {

    private static final int SHOWN = Integer.MAX_VALUE;

    @Mixin
    MonthOptions options;

    @Override
    public Integer call() throws UsageException {
        Console console = new Console(options.messages());
        MonthlyEvaluation month = options.evaluation();
        try {
            month.readAll();
        } catch (EvaluationException e) {
            return ExitCode.report(e, console);
        }
        InputReport.tallies(month, console.messages()).forEach(console::print);
        month.fileProblems().forEach(console::error);
        InputReport.rejections(month.rejections(), SHOWN, console.messages()).forEach(console::print);
        try {
            month.checkInputs(InputKind.values());
        } catch (EvaluationException e) {
            // every unusable file is already listed above
            return month.fileProblems().isEmpty() ? ExitCode.report(e, console) : ExitCode.FAILED;
        }
        console.say(Msg.of("cli.validate_ok", month.month().toString(), String.valueOf(month.rejections().size())));
        return ExitCode.DONE;
    }
}
