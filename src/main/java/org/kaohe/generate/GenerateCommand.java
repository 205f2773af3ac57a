package org.kaohe.generate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kaohe.calendar.CalendarException;
import org.kaohe.calendar.WorkCalendar;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kaohe generate}: a synthetic month folder for trying Kaohe at scale (benchmarks, training), never real
 * people. The working days come from the shipped calendar beside the rules file.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "生成模拟月份输入（用于压力测试）")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--people", required = true, paramLabel = "N", description = "人数 / number of people")
    int people;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "月份 / the month")
    String month;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "输出文件夹 / folder to write")
    Path output;

    @Option(names = "--seed", defaultValue = "1", description = "随机种子，同一种子生成相同文件（默认 1）")
    long seed;

    @Option(names = "--xlsx", description = "写 XLSX 而不是 CSV（打卡每表最多 1048576 行，超出另起一表）")
    boolean xlsx;

    @Option(names = "--punch-copies", defaultValue = "1", paramLabel = "K",
            description = "打卡记录写 K 份（punches-1…K），行数×K、结果不变（默认 1）")
    int punchCopies;

    @Option(names = "--rules", paramLabel = "FILE", defaultValue = "jobs/rules.yml",
            description = "规则文件，其旁的 calendar/ 决定工作日（默认 jobs/rules.yml）")
    Path rules;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "语言 / language: zh, en")
    String lang;

    @Override
    public Integer call() throws Exception {
        Messages messages = Messages.forLang(lang);
        if (people < 1 || punchCopies < 1) {
            throw new ParameterException(spec.commandLine(), messages.get("generate.positive"));
        }
        YearMonth ym;
        WorkCalendar calendar;
        try {
            ym = YearMonth.parse(month);
            calendar = WorkCalendar.load(MonthlyEvaluation.calendarDir(rules));
            calendar.requireMonth(ym);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.bad_month", month));
        } catch (CalendarException e) {
            throw new ParameterException(spec.commandLine(), messages.get(e.reason()));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        MonthGenerator.Written written = new MonthGenerator(
                new MonthGenerator.Settings(people, ym, seed, xlsx, punchCopies), calendar::typeOf).write(output);
        for (Map.Entry<InputKind, Long> e : written.rows().entrySet()) {
            out.println(messages.get("generate.rows", messages.get(e.getKey().label()),
                    String.valueOf(e.getValue())));
        }
        out.println(messages.get("generate.done", output.toString(),
                String.valueOf((System.nanoTime() - started) / 1_000_000_000.0)));
        return 0;
    }
}
