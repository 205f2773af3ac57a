package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the launcher {@code ./kaohe} records a start-up cache once per jar and JDK (a class-data archive on JDK
 * 17, an AOT cache on JDK 25) and never lets a stale or refused cache break a run. Each test runs the real launcher
 * in a copy of the project (launcher, packaged jar, demo month, rules) with the JDK put first on the PATH.
 */
class LauncherStartCacheIT {

    private static final Path JDK17 = Path.of(System.getProperty("java.home"));
    /** Temurin 25 as installed on the project's machines; another place with -Dkaohe.test.jdk25=… */
    private static final Path JDK25 = Path.of(System.getProperty("kaohe.test.jdk25",
            "/usr/lib/jvm/temurin-25-jdk-amd64"));
    private static final String RECORDING = "正在为本机的 Java 记录启动缓存";

    @TempDir
    Path dir;

    private Path project;
    private Path cache;
    private int runs;

    private record Run(int exitCode, String err, byte[] results) {
    }

    @BeforeEach
    void copyTheProject() throws IOException {
        project = dir.resolve("kaohe");
        Files.createDirectories(project.resolve("target"));
        Files.copy(Path.of("kaohe"), project.resolve("kaohe"));
        Files.copy(Path.of("target/kaohe.jar"), project.resolve("target/kaohe.jar"));
        FileTrees.copy(Path.of("jobs"), project.resolve("jobs"));
        FileTrees.copy(Path.of("input/2026-10"), project.resolve("input/2026-10"));
        // the sources the launcher compares with the jar: older than it, so it does not build
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("pom.xml"), "");
        FileTime old = FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS));
        Files.setLastModifiedTime(project.resolve("src/main"), old);
        Files.setLastModifiedTime(project.resolve("pom.xml"), old);
        cache = project.resolve("target/app/start-cache");
    }

    @Test
    void theFirstRunRecordsTheCacheLaterRunsUseItAndARebuiltJarRecordsAnew() throws Exception {
        Run first = run(JDK17);
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).startsWith(RECORDING);
        assertThat(Files.size(cache)).isGreaterThan(1_000_000);

        Run second = run(JDK17);
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.results()).isEqualTo(first.results());

        Files.setLastModifiedTime(project.resolve("target/kaohe.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        Run rebuilt = run(JDK17);
        assertThat(rebuilt.exitCode()).isZero();
        assertThat(rebuilt.err()).startsWith(RECORDING);
        assertThat(rebuilt.results()).isEqualTo(first.results());
    }

    @Test
    void aCacheTheJvmRefusesStillRunsQuietlyOnBothJdks() throws Exception {
        Run reference = run(JDK17);
        for (Path jdk : List.of(JDK17, JDK25)) {
            run(jdk);
            spoil(cache);
            Run refused = run(jdk);
            assertThat(refused.exitCode()).as(jdk.toString()).isZero();
            assertThat(refused.err()).as(jdk.toString()).isEmpty();
            assertThat(refused.results()).as(jdk.toString()).isEqualTo(reference.results());
        }
    }

    @Test
    void anotherJdkDiscardsTheCacheAndRecordsItsOwn() throws Exception {
        Run on17 = run(JDK17);
        byte[] archive = head(cache);
        Run on25 = run(JDK25);
        assertThat(on25.exitCode()).isZero();
        assertThat(on25.err()).startsWith(RECORDING);
        assertThat(head(cache)).as("JDK 25's AOT cache replaced JDK 17's archive").isNotEqualTo(archive);
        assertThat(on25.results()).isEqualTo(on17.results());

        Run again = run(JDK25);
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).isEmpty();

        Run back = run(JDK17);
        assertThat(back.exitCode()).isZero();
        assertThat(back.err()).startsWith(RECORDING);
        assertThat(head(cache)).isEqualTo(archive);
        assertThat(back.results()).isEqualTo(on17.results());
    }

    /** The demo month through the launcher with {@code jdk}'s java first on the PATH, into a new output folder. */
    private Run run(Path jdk) throws Exception {
        assertThat(jdk.resolve("bin/java")).as("a JDK at " + jdk).isExecutable();
        runs++;
        Path output = dir.resolve("out-" + runs).resolve("2026-10");
        Path err = dir.resolve(runs + ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("kaohe").toString(), "run",
                "--month", "2026-10", "--output", output.toString())
                .directory(project.toFile())
                .redirectOutput(dir.resolve(runs + ".out").toFile())
                .redirectError(err.toFile());
        builder.environment().put("PATH", jdk.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_OPTS");
        Process p = builder.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8),
                Files.readAllBytes(output.resolve("results-2026-10.csv")));
    }

    private static void spoil(Path file) throws IOException {
        byte[] junk = new byte[100_000];
        new Random(16).nextBytes(junk);
        file.toFile().setWritable(true);
        Files.write(file, junk);
    }

    /** The archive's magic number, which differs between a class-data archive and an AOT cache. */
    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        }
    }
}
