package org.kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.kaohe.batch.YearJobLauncher;
import org.kaohe.batch.YearRequest;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.history.HistorySchema;
import org.kaohe.publish.OutputFolder;
import org.kaohe.publish.PublicationException;
import org.kaohe.report.year.YearChangesCsv;
import org.kaohe.report.year.YearOutputs;
import org.kaohe.report.year.YearSummary;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kaohe year}: the year's job (SPEC §6) over the run history in the output root's {@code .kaohe/} job
 * repository; it reads no spreadsheets.
 */
@Command(name = "year", mixinStandardHelpOptions = true, description = "年终考核：由各月的运行记录计算年度等次、奖励和考核奖")
final class YearCommand implements Callable<Integer> {

    private static final Pattern YYYY = Pattern.compile("\\d{4}");

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "考核年度 / the year")
    String year;

    @Option(names = "--output", paramLabel = "DIR", description = "输出文件夹（默认 output/<年份>），运行记录在它的上一级 .kaohe/")
    Path output;

    @Option(names = "--rerun", description = "重新计算已完成的年度")
    boolean rerun;

    @Mixin
    RulesAndLanguage options;

    @Option(names = "--protect", paramLabel = "FILE",
            description = "科室报表密码文件（CSV：科室,密码），每个科室的年度报表按其密码加密")
    Path protect;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(options.messages());
        Year y = parse(year);
        Path out = folder(output, y);
        options.loadRules();
        if (protect != null) {
            PasswordFile.check(protect);
        }
        Set<String> names = new HashSet<>(YearOutputs.fileNames(y.getValue()));
        names.add(YearChangesCsv.fileName(y.getValue()));
        Optional<Msg> refusal = OutputFolder.refusal(out, null, options.rules, names);
        if (refusal.isPresent()) {
            throw new UsageException(refusal.get());
        }
        Path root = out.toAbsolutePath().getParent();
        Path repository = JobRepositoryContext.repositoryOf(root);
        if (!JobRepositoryContext.exists(repository)) {
            console.error(Msg.of("year.no_months", y.toString(), repository.toString()));
            return ExitCode.USAGE;
        }
        Path log = LogFiles.startRun(root, y.toString());
        LoggerFactory.getLogger(YearCommand.class).info("kaohe year {} by {}: output {}, rules {}{}", y,
                System.getProperty("user.name"), out.toAbsolutePath(), options.rules.toAbsolutePath(),
                rerun ? ", --rerun" : "");
        ConfigurableApplicationContext context;
        try {
            context = JobRepositoryContext.open(repository);
        } catch (RuntimeException e) {
            Optional<HistorySchema.NewerRepositoryException> newer = JobRepositoryContext.newer(e);
            if (newer.isPresent()) {
                console.error(HistoryOptions.newer(newer.get()));
                return ExitCode.FAILED;
            }
            if (JobRepositoryContext.inUse(e)) {
                console.error(Msg.of("year.already_running", y.toString()));
                return ExitCode.FAILED;
            }
            throw e;
        }
        int code;
        YearRequest request = new YearRequest(y, out, options.rules, options.lang, rerun, protect);
        try (context) {
            code = report(context.getBean(YearJobLauncher.class).launch(request), request, repository, console);
        }
        if (code == ExitCode.FAILED) {
            console.error(Msg.of("rerun.log", log.toString()));
        }
        return code;
    }

    /** Exactly four digits: Year.parse alone would also take a signed year (+12026). */
    static Year parse(String year) throws UsageException {
        if (!YYYY.matcher(year).matches()) {
            throw new UsageException(Msg.of("year.bad_year", year));
        }
        return Year.parse(year);
    }

    /** The year's folder: {@code --output}, or output/<YYYY>; the run history is in its parent's .kaohe/. */
    static Path folder(Path output, Year year) throws UsageException {
        if (output != null && output.toString().isEmpty()) {
            throw new UsageException(Msg.of("cli.empty_path", "--output"));
        }
        return output != null ? output : Path.of("output", year.toString());
    }

    private static int report(YearJobLauncher.Outcome outcome, YearRequest request, Path repository,
                              Console console) {
        outcome.repairs().forEach(console::say);
        String y = request.year().toString();
        Messages m = console.messages();
        switch (outcome.status()) {
            case DONE -> {
                List<Path> written = new ArrayList<>(YearOutputs.fileNames(request.year().getValue()).stream()
                        .map(request.output()::resolve).toList());
                Path changes = request.output().resolve(YearChangesCsv.fileName(request.year().getValue()));
                if (Files.exists(changes)) {
                    written.add(changes);
                }
                YearSummary.lines(outcome.year(), written, m).forEach(console::print);
                if (request.protect() != null) {
                    console.say(Msg.of("sect.protect.written", String.valueOf(outcome.year().sections().size())));
                }
                return ExitCode.DONE;
            }
            case ALREADY_DONE -> {
                console.say(Msg.of("year.already_done", y));
                return ExitCode.ALREADY_DONE;
            }
            case INPUTS_CHANGED -> {
                console.error(Msg.of("year.inputs_changed", y, String.join(m.get("year.change.separator"),
                        outcome.changes().stream().map(m::get).toList())));
                return ExitCode.USAGE;
            }
            case NO_MONTHS -> {
                console.error(Msg.of("year.no_months", y, repository.toString()));
                return ExitCode.USAGE;
            }
            case ALREADY_RUNNING -> {
                console.error(Msg.of("year.already_running", y));
                return ExitCode.FAILED;
            }
            default -> {
                for (Throwable t : outcome.failures()) {
                    if (t instanceof PublicationException e) {
                        console.error(e.reason());
                        return ExitCode.FAILED;
                    }
                    LoggerFactory.getLogger(YearCommand.class).error("year run failed", t);
                    console.error(Msg.of("cli.unexpected", Unexpected.summary(t), LogFiles.current()));
                }
                console.error(Msg.of("year.run_failed", y));
                return ExitCode.FAILED;
            }
        }
    }
}
