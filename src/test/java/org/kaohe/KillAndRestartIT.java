package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as HR runs it: a run killed with {@code kill -9} in the middle of the month is recovered by the
 * next run, which writes exactly what an uninterrupted run writes; a second run of the month while the first is
 * still going stops at once. The kill point is made reliable by the test-only pause before the write step
 * ({@code kaohe.test.pause-before-step}).
 */
class KillAndRestartIT {

    private static final Path JAR = Path.of("target/kaohe.jar");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    @Test
    void aKilledRunIsRecoveredAndRestartedToTheUninterruptedOutputsWhileASecondRunStopsAtOnce() throws Exception {
        Path output = dir.resolve("killed").resolve("2026-10");
        Path paused = dir.resolve("paused");
        Process first = start(List.of("-Dkaohe.test.pause-before-step=writeStep",
                "-Dkaohe.test.pause-marker=" + paused), "run", "--month", "2026-10", "--output", output.toString());
        for (int i = 0; i < 1200 && !Files.exists(paused); i++) {
            assertThat(first.isAlive()).as("the first run is still running").isTrue();
            Thread.sleep(100);
        }
        assertThat(paused).exists();

        Result second = kaohe(List.of(), "run", "--month", "2026-10", "--output", output.toString());
        assertThat(second.exitCode).isEqualTo(1);
        assertThat(second.err).containsExactly("2026-10 正在另一个窗口运行，请等它结束后再试");

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotExist();

        Result restarted = kaohe(List.of(), "run", "--month", "2026-10", "--output", output.toString());
        assertThat(restarted.exitCode).isZero();
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

        Result history = kaohe(List.of(), "history", "--output", output.getParent().toString());
        assertThat(history.exitCode).isZero();
        assertThat(history.out).hasSize(4);
        assertThat(history.out.get(0)).isEqualTo("运行记录结构版本：3");
        // the killed run's execution was marked failed by the restart, which then completed the month
        String user = System.getProperty("user.name");
        assertThat(history.out.get(2)).matches("\\d+ +2026-10  [-0-9]{10} [:0-9]{8}  计算  失败 +— +— +"
                + user + " +1_attlog\\.dat [0-9a-f]{8}, calendar/2024\\.csv [0-9a-f]{8}, .*, staff\\.xlsx [0-9a-f]{8}, tasks\\.csv [0-9a-f]{8}");
        assertThat(history.out.get(3)).matches("\\d+ +2026-10  [-0-9]{10} [:0-9]{8}  计算  完成 +42 +143150\\.00 +"
                + user + " +1_attlog\\.dat [0-9a-f]{8}, calendar/2024\\.csv [0-9a-f]{8}, .*, staff\\.xlsx [0-9a-f]{8}, tasks\\.csv [0-9a-f]{8}");
    }

    /**
     * Issue 11: a first run killed while it creates the job repository used to leave a database without some
     * tables, and every later run failed until .kaohe was deleted by hand. The kill comes while the history's
     * tables are being migrated, after Spring Batch's may or may not exist.
     */
    @Test
    void aRunKilledWhileCreatingTheRepositoryLeavesNoneAndTheNextRunCreatesItAndCompletes() throws Exception {
        Path output = dir.resolve("new-root").resolve("2026-10");
        Path paused = dir.resolve("paused-creating");
        Process first = start(List.of("-Dkaohe.test.pause-at=migrate", "-Dkaohe.test.pause-marker=" + paused),
                "run", "--month", "2026-10", "--output", output.toString());
        for (int i = 0; i < 1200 && !Files.exists(paused); i++) {
            assertThat(first.isAlive()).as("the first run is still running").isTrue();
            Thread.sleep(100);
        }
        assertThat(paused).exists();
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path repository = output.getParent().resolve(".kaohe");
        assertThat(repository.resolve("jobs.mv.db")).doesNotExist();

        Result next = kaohe(List.of(), "run", "--month", "2026-10", "--output", output.toString());
        assertThat(next.exitCode).isZero();
        try (Stream<Path> files = Files.list(repository)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("jobs.mv.db");
        }
        Result history = kaohe(List.of(), "history", "--output", output.getParent().toString());
        assertThat(history.out).hasSize(3);
        assertThat(history.out.get(2)).contains("计算  完成  42");
    }

    private record Result(int exitCode, List<String> out, List<String> err) {
    }

    private int started;

    private Result kaohe(List<String> jvm, String... args) throws Exception {
        Process p = start(jvm, args);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("kaohe finished").isTrue();
        return new Result(p.exitValue(), lines(started + ".out"), lines(started + ".err"));
    }

    private Process start(List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        started++;
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve(started + ".out").toFile())
                .redirectError(dir.resolve(started + ".err").toFile())
                .start();
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
