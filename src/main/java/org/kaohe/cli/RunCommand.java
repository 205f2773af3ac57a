package org.kaohe.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.kaohe.batch.MonthJobLauncher;
import org.kaohe.batch.MonthRequest;
import org.kaohe.common.Msg;
import org.kaohe.evaluation.EvaluationException;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.history.HistorySchema;
import org.kaohe.input.InputChecksums;
import org.kaohe.publish.OutputFolder;
import org.kaohe.publish.PublicationException;
import org.kaohe.report.ChangesCsv;
import org.kaohe.report.InputReport;
import org.kaohe.report.MonthOutputs;
import org.kaohe.report.RunSummary;
import org.kaohe.rules.RulesException;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kaohe run}: the monthly job, with its history in the output root's {@code .kaohe/} job repository. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "运行月度考核，写出结果")
final class RunCommand implements Callable<Integer> {

    private static final int REJECTIONS_SHOWN = 20;

    @Mixin
    MonthOptions options;

    @Option(names = "--output", paramLabel = "DIR", description = "输出文件夹（默认 output/<月份>）")
    Path output;

    @Option(names = "--rerun", description = "重新计算已完成的月份")
    boolean rerun;

    @Option(names = "--protect", paramLabel = "FILE",
            description = "科室报表密码文件（CSV：科室,密码），每个科室报表按其密码加密")
    Path protect;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(options.messages());
        Path input = options.inputDir();
        Path out = output != null ? output : Path.of("output", options.yearMonth().toString());
        options.loadRules();
        if (protect != null) {
            PasswordFile.check(protect);
        }
        Optional<Msg> refusal = OutputFolder.refusal(out, input, options.rules, monthOutputs());
        if (refusal.isPresent()) {
            throw new UsageException(refusal.get());
        }
        Path root = out.toAbsolutePath().getParent();
        Path repository = JobRepositoryContext.repositoryOf(root);
        Files.createDirectories(repository);
        Path log = LogFiles.startRun(root, options.yearMonth());
        LoggerFactory.getLogger(RunCommand.class).info("kaohe run {} by {}: input {}, output {}, rules {}{}",
                options.yearMonth(), System.getProperty("user.name"), input.toAbsolutePath(), out.toAbsolutePath(),
                options.rules.toAbsolutePath(), rerun ? ", --rerun" : "");
        // hashing a province's 300 MB of punches and starting Spring each take seconds: on two cores, at once
        FutureTask<InputChecksums> checksums = new FutureTask<>(
                () -> InputChecksums.of(input, options.rules, MonthlyEvaluation.calendarDir(options.rules)));
        new Thread(checksums, "kaohe-checksums").start();
        ConfigurableApplicationContext context;
        try {
            context = JobRepositoryContext.open(repository);
        } catch (RuntimeException e) {
            return repositoryUnavailable(e, request(input, out, await(checksums)), console);
        }
        int code;
        try (context) {
            MonthRequest request = request(input, out, await(checksums));
            code = report(context.getBean(MonthJobLauncher.class).launch(request), request, console);
        }
        if (code == ExitCode.FAILED) {
            console.error(Msg.of("rerun.log", log.toString()));
        }
        return code;
    }

    /** What Kaohe writes into a month folder: all an earlier version's folder, kept without a manifest, may hold. */
    private Set<String> monthOutputs() throws UsageException {
        Set<String> names = new HashSet<>(MonthOutputs.fileNames(options.yearMonth()));
        names.add(ChangesCsv.fileName(options.yearMonth()));
        return names;
    }

    private MonthRequest request(Path input, Path out, InputChecksums checksums) throws UsageException {
        return new MonthRequest(options.yearMonth(), input, out, options.rules, options.lang, rerun, checksums, protect);
    }

    private static InputChecksums await(FutureTask<InputChecksums> checksums) throws IOException {
        try {
            return checksums.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while computing the input checksums");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The job repository could not be opened: H2 refuses a second process, which means a run is under way. */
    private static int repositoryUnavailable(RuntimeException e, MonthRequest request, Console console) {
        LoggerFactory.getLogger(RunCommand.class).error("job repository unavailable", e);
        Optional<HistorySchema.NewerRepositoryException> newer = JobRepositoryContext.newer(e);
        if (newer.isPresent()) {
            console.error(HistoryOptions.newer(newer.get()));
            return ExitCode.FAILED;
        }
        if (JobRepositoryContext.inUse(e)) {
            console.error(Msg.of("cli.already_running", request.month().toString()));
            return ExitCode.FAILED;
        }
        console.error(Msg.of("cli.repository_unavailable",
                String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage()), LogFiles.current()));
        return ExitCode.FAILED;
    }

    private int report(MonthJobLauncher.Outcome outcome, MonthRequest request, Console console) {
        outcome.repairs().forEach(console::say);
        switch (outcome.status()) {
            case DONE -> {
                List<Path> written = new ArrayList<>(MonthOutputs.fileNames(request.month()).stream()
                        .map(request.output()::resolve).toList());
                Path changes = request.output().resolve(ChangesCsv.fileName(request.month()));
                if (Files.exists(changes)) {
                    written.add(changes);
                }
                RunSummary.lines(outcome.evaluation(), written, console.messages()).forEach(console::print);
                if (request.protect() != null) {
                    console.say(Msg.of("sect.protect.written",
                            String.valueOf(outcome.evaluation().sections().size())));
                }
                return ExitCode.DONE;
            }
            case ALREADY_DONE -> {
                console.say(Msg.of("cli.already_done", request.month().toString()));
                return ExitCode.ALREADY_DONE;
            }
            case INPUTS_CHANGED -> {
                console.error(Msg.of("rerun.inputs_changed", request.month().toString(),
                        ChangesCsv.describe(outcome.changedInputs(), console.messages())));
                return ExitCode.USAGE;
            }
            case ALREADY_RUNNING -> {
                console.error(Msg.of("cli.already_running", request.month().toString()));
                return ExitCode.FAILED;
            }
            default -> {
                return failed(outcome, console);
            }
        }
    }

    private int failed(MonthJobLauncher.Outcome outcome, Console console) {
        if (outcome.evaluation() != null) {
            InputReport.rejections(outcome.evaluation().rejections(), REJECTIONS_SHOWN, console.messages())
                    .forEach(console::print);
        }
        int code = ExitCode.FAILED;
        for (Throwable t : outcome.failures()) {
            if (t instanceof PublicationException e) {
                // the month was computed: what is missing is said in the reason, not "nothing was written"
                console.error(e.reason());
                return ExitCode.FAILED;
            }
            if (t instanceof EvaluationException e) {
                code = ExitCode.report(e, console);
            } else if (t instanceof RulesException e) {
                console.error(e.reason());
                code = ExitCode.USAGE;
            } else {
                LoggerFactory.getLogger(RunCommand.class).error("run failed", t);
                console.error(Msg.of("cli.unexpected", Unexpected.summary(t), LogFiles.current()));
            }
        }
        console.error(Msg.of("cli.run_failed", options.month));
        return code;
    }
}
