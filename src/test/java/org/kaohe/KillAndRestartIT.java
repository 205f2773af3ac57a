package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as HR runs it: a run killed with {@code kill -9} in the middle of the month is recovered by the
 * next run, which writes exactly what an uninterrupted run writes; a second run of the month while the first is
 * still going stops at once. The kill point is made reliable by the test-only pause before the write step
 * ({@code kaohe.test.pause-before-step}). On the embedded repository here; on PostgreSQL, where the second process
 * really reaches the repository and the killed run's execution stays "started", in {@link PostgresKillAndRestartIT}.
 */
class KillAndRestartIT {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    @Test
    void aKilledRunIsRecoveredAndRestartedToTheUninterruptedOutputsWhileASecondRunStopsAtOnce() throws Exception {
        Path output = output();
        KaoheProcesses kaohe = new KaoheProcesses(dir, environment());
        Process first = kaohe.startPaused("kaohe.test.pause-before-step", "writeStep",
                "run", "--month", "2026-10", "--output", output.toString());

        KaoheProcesses.Result second = kaohe.run(List.of(), "run", "--month", "2026-10", "--output",
                output.toString());
        assertThat(second.exitCode()).isEqualTo(1);
        // on PostgreSQL the refusal comes from the repository, after the run log began: its path follows
        assertThat(second.err()).first().isEqualTo("2026-10 正在另一个窗口运行，请等它结束后再试");

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotExist();

        KaoheProcesses.Result restarted = kaohe.run(List.of(), "run", "--month", "2026-10", "--output",
                output.toString());
        assertThat(restarted.exitCode()).isZero();
        // what an uninterrupted run writes: the golden files, and the payroll columns of the golden results
        for (String name : List.of("results-2026-10.csv", "rejected-2026-10.csv")) {
            assertThat(Files.readString(output.resolve(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8));
        }
        assertThat(Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readAllLines(GOLDEN.resolve("results-2026-10.csv"), StandardCharsets.UTF_8).stream()
                        .map(line -> line.split(",", -1))
                        .map(cells -> String.join(",", cells[0], cells[1], cells[2], cells[cells.length - 1]))
                        .toList());
        try (Stream<Path> root = Files.list(output.getParent())) {
            assertThat(root).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder(".kaohe", "logs", "2026-10");
        }

        KaoheProcesses.Result history = kaohe.run(List.of(), "history", "--output", output.getParent().toString());
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).hasSize(4);
        assertThat(history.out().get(0)).isEqualTo("运行记录结构版本：6");
        // the killed run's execution was marked failed by the restart, which then completed the month
        String user = System.getProperty("user.name");
        assertThat(history.out().get(2)).matches("\\d+ +2026-10  [-0-9]{10} [:0-9]{8}  计算  失败 +— +— +"
                + user + " +1_attlog\\.dat [0-9a-f]{8}, calendar/2024\\.csv [0-9a-f]{8}, .*, staff\\.xlsx [0-9a-f]{8}, tasks\\.csv [0-9a-f]{8}");
        assertThat(history.out().get(3)).matches("\\d+ +2026-10  [-0-9]{10} [:0-9]{8}  计算  完成 +42 +143150\\.00 +"
                + user + " +1_attlog\\.dat [0-9a-f]{8}, calendar/2024\\.csv [0-9a-f]{8}, .*, staff\\.xlsx [0-9a-f]{8}, tasks\\.csv [0-9a-f]{8}");
    }

    /** The month's output folder in a new output root. */
    Path output() {
        return dir.resolve("killed").resolve("2026-10");
    }

    /** The environment of the kaohe processes: none here, the embedded repository of the output root. */
    Map<String, String> environment() throws Exception {
        return Map.of();
    }
}
