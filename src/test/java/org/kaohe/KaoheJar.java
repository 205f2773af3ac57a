package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code target/kaohe.jar} run as a child process, as HR runs it, with its output and error captured in
 * files of a test's folder; a run can be paused at a test hook's point and killed there with {@code kill -9}.
 */
public final class KaoheJar {

    private static final Path JAR = Path.of("target/kaohe.jar").toAbsolutePath();

    /** How a run ended: its exit code and the lines it printed. */
    public record Result(int exitCode, List<String> out, List<String> err) {
    }

    private final Path logs;
    private int started;

    public KaoheJar(Path logs) {
        this.logs = logs;
    }

    /** Runs kaohe to its end in the working folder given. */
    public Result run(Path workingFolder, List<String> jvm, String... args) throws Exception {
        Process p = start(workingFolder, jvm, args);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("kaohe finished").isTrue();
        return new Result(p.exitValue(), lines(started + ".out"), lines(started + ".err"));
    }

    /**
     * Starts kaohe with the test hook {@code property} set to {@code point}, waits until it pauses there and kills
     * it with {@code kill -9}.
     */
    public void killAt(String property, String point, Path workingFolder, String... args) throws Exception {
        Path paused = logs.resolve("paused-" + (started + 1));
        Process p = start(workingFolder, List.of("-D" + property + "=" + point, "-Dkaohe.test.pause-marker=" + paused),
                args);
        for (int i = 0; i < 1800 && !Files.exists(paused); i++) {
            assertThat(p.isAlive()).as("the run is still running before " + point).isTrue();
            Thread.sleep(100);
        }
        assertThat(paused).as("paused before " + point).exists();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    public Process start(Path workingFolder, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        started++;
        return new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(logs.resolve(started + ".out").toFile())
                .redirectError(logs.resolve(started + ".err").toFile())
                .start();
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(logs.resolve(file), StandardCharsets.UTF_8);
    }
}
