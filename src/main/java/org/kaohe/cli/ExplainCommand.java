package org.kaohe.cli;

import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kaohe.common.Msg;
import org.kaohe.evaluation.EvaluationException;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.input.Identifiers;
import org.kaohe.input.InputKind;
import org.kaohe.report.Explanation;
import org.kaohe.report.year.YearExplanation;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearEvaluator;
import org.kaohe.year.YearRules;
import org.kaohe.year.YearSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kaohe explain}: computes the month in memory from its inputs (or, with --year, the year from the run history)
 * and prints one person's score and pay (or year grade and 考核奖) line by line.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "逐条说明某人的得分和绩效工资，或年终考核等次和考核奖")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    MonthOptions options;

    @Option(names = "--employee", required = true, paramLabel = "工号", description = "工号 / employee ID")
    String employee;

    @Option(names = "--year", paramLabel = "YYYY", description = "说明年终考核（代替 --month），读取运行记录")
    String year;

    @Option(names = "--output", paramLabel = "DIR", description = "与 --year 一起用：年度输出文件夹（默认 output/<年份>）")
    Path output;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(options.messages());
        if (year != null) {
            if (options.month != null) {
                throw new UsageException(Msg.of("year.explain.month_and_year"));
            }
            return explainYear(console);
        }
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

    /** The year as the run history holds it now, computed in memory; nothing is written or recorded. */
    private int explainYear(Console console) throws Exception {
        Year y = YearCommand.parse(year);
        YearRules rules = options.loadRules().year();
        Path repository = JobRepositoryContext.repositoryOf(YearCommand.folder(output, y).toAbsolutePath().getParent());
        if (!JobRepositoryContext.exists(repository)) {
            console.error(Msg.of("year.no_months", y.toString(), repository.toString()));
            return ExitCode.USAGE;
        }
        String id = Identifiers.lookup(employee);
        try (ConfigurableApplicationContext context = JobRepositoryContext.open(repository)) {
            YearSource source = context.getBean(YearSource.class);
            Map<YearMonth, Long> monthRuns = source.monthsRun(y);
            if (monthRuns.isEmpty()) {
                console.error(Msg.of("year.no_months", y.toString(), repository.toString()));
                return ExitCode.USAGE;
            }
            Optional<PersonYear> person = new YearEvaluator(rules).evaluate(y, source).people().stream()
                    .filter(p -> p.employeeId().equals(id)).findFirst();
            if (person.isEmpty()) {
                throw new UsageException(Msg.of("year.explain.unknown_employee", employee, y.toString()));
            }
            new YearExplanation(rules, monthRuns, console.messages()).of(person.get()).forEach(console::print);
        }
        return ExitCode.DONE;
    }
}
