package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded job repository of a new output root is there complete or not at all, whenever kaohe is killed. */
class RepositoryCreationIT {

    @TempDir
    Path dir;

    /**
     * Issue 11: a first run killed while it creates the job repository used to leave a database without some
     * tables, and every later run failed until .kaohe was deleted by hand. The kill comes while the history's
     * tables are being migrated, after Spring Batch's may or may not exist.
     */
    @Test
    void aRunKilledWhileCreatingTheRepositoryLeavesNoneAndTheNextRunCreatesItAndCompletes() throws Exception {
        Path output = dir.resolve("new-root").resolve("2026-10");
        KaoheProcesses kaohe = new KaoheProcesses(dir, Map.of());
        Process first = kaohe.startPaused("kaohe.test.pause-at", "migrate",
                "run", "--month", "2026-10", "--output", output.toString());
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path repository = output.getParent().resolve(".kaohe");
        assertThat(repository.resolve("jobs.mv.db")).doesNotExist();

        KaoheProcesses.Result next = kaohe.run(List.of(), "run", "--month", "2026-10", "--output", output.toString());
        assertThat(next.exitCode()).isZero();
        try (Stream<Path> files = Files.list(repository)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("jobs.mv.db");
        }
        KaoheProcesses.Result history = kaohe.run(List.of(), "history", "--output", output.getParent().toString());
        assertThat(history.out()).hasSize(3);
        assertThat(history.out().get(2)).contains("计算  完成  42");
    }
}
