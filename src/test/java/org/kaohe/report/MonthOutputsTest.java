package org.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputChecksums;
import org.kaohe.publish.Publication;

/**
 * The month's real outputs through a publication: they appear all together or not at all, and the earlier set is
 * kept, never overwritten.
 */
class MonthOutputsTest {

    @TempDir
    Path dir;

    private MonthlyEvaluation month;
    private Path input;
    private Path output;

    @BeforeEach
    void evaluate() throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        SmallMonth.writeTo(input);
        month = MonthlyEvaluation.open(YearMonth.of(2026, 10), Path.of("jobs/rules.yml"), input);
        month.readAll();
        month.evaluateAttendance();
        month.score();
        month.pay();
        output = dir.resolve("out").resolve("2026-10");
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousOutputsUntouchedAndNoStagingBehind() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve("results-2026-10.csv"), "earlier results");
        Files.writeString(output.resolve("payroll-2026-10.csv"), "earlier payroll");
        MonthOutputs.ExtraFile failing = new MonthOutputs.ExtraFile("changes-2026-10.csv", file -> {
            Files.writeString(file, "half");
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> new Publication(output, Publication.Hook.NONE).stage(7,
                folder -> MonthOutputs.write(month, folder, Messages.forLang("zh"), options(List.of(failing)))))
                .hasMessage("disk full");

        assertThat(contents(output)).containsExactly(Map.entry("payroll-2026-10.csv", "earlier payroll"),
                Map.entry("results-2026-10.csv", "earlier results"));
        try (Stream<Path> root = Files.list(output.getParent())) {
            assertThat(root).containsExactly(output);
        }
    }

    @Test
    void whatTheFolderHeldMovesIntoPreviousBeforeTheNewFilesArrive() throws Exception {
        Files.createDirectories(output.resolve("sections"));
        Files.writeString(output.resolve("results-2026-10.csv"), "earlier results");
        Files.writeString(output.resolve("sections").resolve("综合科-2026-10.xlsx"), "earlier section");
        // the earlier run finished when its newest file was written
        Files.setLastModifiedTime(output.resolve("results-2026-10.csv"), at(LocalDateTime.of(2026, 11, 3, 9, 30, 5)));
        Files.setLastModifiedTime(output.resolve("sections"), at(LocalDateTime.of(2026, 11, 3, 9, 30, 4)));

        Publication publication = new Publication(output, Publication.Hook.NONE);
        publication.stage(7, folder -> MonthOutputs.write(month, folder, Messages.forLang("zh"), options(List.of())));
        publication.publish(7);

        Path previous = output.resolve("previous-20261103-093005");
        assertThat(contents(previous)).containsExactly(Map.entry("results-2026-10.csv", "earlier results"));
        assertThat(previous.resolve("sections").resolve("综合科-2026-10.xlsx")).hasContent("earlier section");
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("results-2026-10.csv", "payroll-2026-10.csv", "rejected-2026-10.csv",
                            "performance-2026-10.xlsx", "five-dont-lets-2026-10.xlsx", "five-dont-lets-2026-10.html",
                            "notice-2026-10.docx", "kaohe-manifest.txt");
        }
        assertThat(Files.readString(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFF工号,姓名,科室");
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries).filteredOn(Files::isDirectory)
                    .containsExactlyInAnyOrder(previous, output.resolve("sections"));
        }
    }

    private static FileTime at(LocalDateTime time) {
        return FileTime.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path f : entries.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private MonthOutputs.Options options(List<MonthOutputs.ExtraFile> extras) throws IOException {
        Path rules = Path.of("jobs/rules.yml");
        return new MonthOutputs.Options(rules, InputChecksums.of(input, rules, MonthlyEvaluation.calendarDir(rules)),
                null, List.of(), extras);
    }
}
