package org.kaohe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kaohe.common.Msg;
import org.kaohe.evaluation.EvaluationException;
import org.kaohe.evaluation.InputTally;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputKind;
import org.kaohe.input.Rejection;
import org.kaohe.report.InputReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kaohe validate}: reads and checks every input, writes nothing; exit 1 when a run would fail. With
 * {@code --only <kind>} it checks one kind against the calendar and staff, as whoever keeps that file does before
 * handing it in: exit 1 as soon as one of its rows is rejected.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "只读取并检查输入，不写任何文件")
final class ValidateCommand implements Callable<Integer> {

    private static final int SHOWN = Integer.MAX_VALUE;

    @Mixin
    MonthOptions options;

    @Option(names = "--only", paramLabel = "种类", description = "只检查这一种输入（staff, findings, …），对照日历和花名册")
    String only;

    @Option(names = "--file", paramLabel = "FILE", description = "与 --only 同用：检查这个文件，而不是输入文件夹中的")
    Path file;

    @Override
    public Integer call() throws UsageException {
        if (only != null) {
            return validateOnly(kind(), checkedFile());
        }
        if (file != null) {
            throw new UsageException(Msg.of("validate.file_needs_only"));
        }
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

    private int validateOnly(InputKind kind, Path checked) throws UsageException {
        Console console = new Console(options.messages());
        MonthlyEvaluation month = options.evaluation();
        month.readOnly(kind, checked);
        try {
            month.readAll();
        } catch (EvaluationException e) {
            return ExitCode.report(e, console);
        }
        InputTally tally = tally(month, kind);
        if (tally == null) {
            throw new UsageException(Msg.of("validate.not_read", kind.label()));
        }
        if (tally.absent()) {
            console.error(Msg.of("validate.no_file", kind.label(), kind.prefix(), options.inputDir().toString()));
            return ExitCode.FAILED;
        }
        Set<String> names = tally.files().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        console.print(InputReport.tally(tally, console.messages()));
        month.warnings().stream().filter(w -> names.contains(w.where().file()))
                .forEach(w -> console.say(Msg.of("report.input.warning", w.message())));
        InputTally staff = tally(month, InputKind.STAFF);
        if (kind != InputKind.STAFF && staff.rejected() > 0) {
            console.say(Msg.of("validate.staff_rejected", String.valueOf(staff.rejected())));
        }
        List<Rejection> rejections = month.rejections().stream().filter(r -> names.contains(r.source().file()))
                .toList();
        InputReport.rejections(rejections, SHOWN, console.messages()).forEach(console::print);
        month.fileProblems().forEach(console::error);
        if (!month.fileProblems().isEmpty()) {
            return ExitCode.FAILED;
        }
        if (!rejections.isEmpty()) {
            console.error(Msg.of("validate.only_failed", kind.label(), String.valueOf(rejections.size())));
            return ExitCode.FAILED;
        }
        console.say(Msg.of("validate.only_ok", kind.label(), String.valueOf(tally.accepted())));
        return ExitCode.DONE;
    }

    private static InputTally tally(MonthlyEvaluation month, InputKind kind) {
        return month.tallies().stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
    }

    /** By its file-name prefix, as the month folder names it: staff, findings, … */
    private InputKind kind() throws UsageException {
        String wanted = only.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(InputKind.values()).filter(k -> k.prefix().equals(wanted)).findFirst()
                .orElseThrow(() -> new UsageException(Msg.of("validate.unknown_kind", only,
                        Arrays.stream(InputKind.values()).map(InputKind::prefix).collect(Collectors.joining(", ")))));
    }

    private Path checkedFile() throws UsageException {
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(Msg.of("validate.no_such_file", file.toString()));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
            throw new UsageException(Msg.of("validate.not_a_table", file.toString()));
        }
        return file;
    }
}
