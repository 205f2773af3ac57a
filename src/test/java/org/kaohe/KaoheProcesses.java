package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as HR runs it, each process's output kept in {@code dir}, with the environment given. */
final class KaoheProcesses {

    private static final Path JAR = Path.of("target/kaohe.jar");

    record Result(int exitCode, List<String> out, List<String> err) {
    }

    private final Path dir;
    private final Map<String, String> environment;
    private int started;

    KaoheProcesses(Path dir, Map<String, String> environment) {
        this.dir = dir;
        this.environment = environment;
    }

    /** Runs kaohe to its end. */
    Result run(List<String> jvm, String... args) throws Exception {
        Process p = start(jvm, args);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("kaohe finished").isTrue();
        return new Result(p.exitValue(), lines(started + ".out"), lines(started + ".err"));
    }

    Process start(List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        started++;
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve(started + ".out").toFile())
                .redirectError(dir.resolve(started + ".err").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Starts kaohe with a test pause and waits until it has paused there. */
    Process startPaused(String pauseProperty, String point, String... args) throws Exception {
        Path paused = dir.resolve("paused-" + (started + 1));
        Process p = start(List.of("-D" + pauseProperty + "=" + point, "-Dkaohe.test.pause-marker=" + paused), args);
        for (int i = 0; i < 1200 && !Files.exists(paused); i++) {
            assertThat(p.isAlive()).as("kaohe is still running").isTrue();
            Thread.sleep(100);
        }
        assertThat(paused).exists();
        return p;
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
