package org.kaohe.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A publication puts a run's whole set in place or none of it: whichever rename a crash stops it before, the month
 * folder holds the earlier complete set, the new complete set or nothing, and the next run's recovery makes it the
 * new complete set. (The crash is a hook that throws before that rename; {@code PublicationKillIT} kills a real
 * process there.)
 */
class PublicationTest {

    @TempDir
    Path dir;

    private Path month() {
        return dir.resolve("output").resolve("2026-10");
    }

    /** Run 1's set, published, with the previous-* folder of a run before it. */
    private Map<String, String> publishedFirstRun() throws Exception {
        Publication publication = new Publication(month(), Publication.Hook.NONE);
        publication.stage(1, folder -> {
            write(folder, "results-2026-10.csv", "run 1 results");
            write(folder, "sections/综合科-2026-10.xlsx", "run 1 section");
            write(folder, "previous-20261001-080000/results-2026-10.csv", "run 0 results");
        });
        publication.publish(1);
        // the earlier run finished when its newest file was written
        Files.setLastModifiedTime(month().resolve("results-2026-10.csv"), at(LocalDateTime.of(2026, 11, 3, 9, 30, 5)));
        Files.setLastModifiedTime(month().resolve("sections"), at(LocalDateTime.of(2026, 11, 3, 9, 30, 4)));
        Files.setLastModifiedTime(month().resolve("kaohe-manifest.txt"), at(LocalDateTime.of(2026, 11, 3, 9, 30, 4)));
        return tree(month());
    }

    private static void stageSecondRun(Publication publication) throws Exception {
        publication.stage(2, folder -> {
            write(folder, "results-2026-10.csv", "run 2 results");
            write(folder, "changes-2026-10.csv", "run 2 changes");
            write(folder, "sections/综合科-2026-10.xlsx", "run 2 section");
        });
    }

    /** The second run's set as it is published over the first (whose files and manifest go aside). */
    private static Map<String, String> secondRunOver(Map<String, String> first) {
        Map<String, String> expected = new TreeMap<>();
        expected.put("results-2026-10.csv", "run 2 results");
        expected.put("changes-2026-10.csv", "run 2 changes");
        expected.put("sections/综合科-2026-10.xlsx", "run 2 section");
        first.forEach((name, text) -> expected.put(name.startsWith("previous-20261001") ? name
                : "previous-20261103-093005/" + name, text));
        expected.put("kaohe-manifest.txt", String.join("\n", List.of(
                "# Kaohe wrote everything listed here; a rerun moves exactly these into previous-<time>/.",
                "# Kaohe 写入的文件清单；重算时只移动这里列出的文件。请勿修改或删除本文件。", "run=2",
                "changes-2026-10.csv", "previous-20261001-080000", "previous-20261103-093005",
                "results-2026-10.csv", "sections", "")));
        return expected;
    }

    @Test
    void aFirstPublicationPutsTheSetAndItsManifestInPlaceAndLeavesNothingBeside() throws Exception {
        Map<String, String> first = publishedFirstRun();

        assertThat(first).containsOnlyKeys("results-2026-10.csv", "sections/综合科-2026-10.xlsx",
                "previous-20261001-080000/results-2026-10.csv", "kaohe-manifest.txt");
        assertThat(first.get("kaohe-manifest.txt")).endsWith("run=1\nprevious-20261001-080000\nresults-2026-10.csv\n"
                + "sections\n");
        Publication publication = new Publication(month(), Publication.Hook.NONE);
        assertThat(publication.published(1)).isTrue();
        assertThat(publication.published(2)).isFalse();
        assertThat(names(dir.resolve("output"))).containsExactly("2026-10");
    }

    @Test
    void aRerunMovesTheEarlierSetAsideAndKeepsTheOlderPreviousFoldersBesideIt() throws Exception {
        Map<String, String> first = publishedFirstRun();
        Publication publication = new Publication(month(), Publication.Hook.NONE);
        stageSecondRun(publication);

        publication.publish(2);

        assertThat(tree(month())).isEqualTo(secondRunOver(first));
        assertThat(publication.published(2)).isTrue();
        assertThat(publication.published(1)).isFalse();
        assertThat(names(dir.resolve("output"))).containsExactly("2026-10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal", "aside", "flatten", "publish", "done"})
    void aCrashBeforeAnyRenameLeavesAWholeSetOrNoneAndRecoveryPublishesTheNewOne(String rename) throws Exception {
        Map<String, String> first = publishedFirstRun();
        Publication crashing = new Publication(month(), step -> {
            if (step.equals(rename)) {
                throw new IOException("killed before " + step);
            }
        });
        stageSecondRun(crashing);
        Map<String, String> second = secondRunOver(first);

        assertThatThrownBy(() -> crashing.publish(2)).hasMessage("killed before " + rename);

        Map<String, String> seen = Files.exists(month()) ? tree(month()) : Map.of();
        assertThat(seen).as("what a reader sees after the crash").isIn(first, second, Map.of());
        Publication next = new Publication(month(), Publication.Hook.NONE);
        Optional<Long> finished = next.recover(run -> false);
        if (rename.equals("journal")) {
            // no journal yet: the staged set is dropped; the launcher then finds run 2 unpublished and recomputes
            assertThat(finished).isEmpty();
            assertThat(tree(month())).isEqualTo(first);
            assertThat(next.published(1)).isTrue();
        } else {
            assertThat(finished).isEqualTo(rename.equals("done") ? Optional.empty() : Optional.of(2L));
            assertThat(tree(month())).isEqualTo(second);
            assertThat(next.published(2)).isTrue();
        }
        assertThat(names(dir.resolve("output"))).containsExactly("2026-10");
    }

    @Test
    void aFailedWriteLeavesNoStagingFolderAndTheEarlierSetAsItWas() throws Exception {
        Map<String, String> first = publishedFirstRun();
        Publication publication = new Publication(month(), Publication.Hook.NONE);

        assertThatThrownBy(() -> publication.stage(2, folder -> {
            write(folder, "results-2026-10.csv", "half");
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(tree(month())).isEqualTo(first);
        assertThat(names(dir.resolve("output"))).containsExactly("2026-10");
    }

    @Test
    void recoveryRemovesTheStagingFoldersOfRunsThatNeverCompletedButNotOfOneStillRunning() throws Exception {
        Map<String, String> first = publishedFirstRun();
        Publication publication = new Publication(month(), Publication.Hook.NONE);
        stageSecondRun(publication);
        publication.stage(3, folder -> write(folder, "results-2026-10.csv", "run 3, still being written"));
        Files.createDirectories(dir.resolve("output").resolve(".staging-2026-10-a1b2c3"));

        assertThat(publication.recover(run -> run == 3)).isEmpty();

        assertThat(names(dir.resolve("output"))).containsExactly(".staging-2026-10-3", "2026-10");
        assertThat(tree(month())).isEqualTo(first);
    }

    @Test
    void anEmptyFolderMadeForTheOutputsIsReplacedWithoutAPreviousFolder() throws Exception {
        Files.createDirectories(month());
        Publication publication = new Publication(month(), Publication.Hook.NONE);
        publication.stage(1, folder -> write(folder, "results-2026-10.csv", "run 1 results"));

        publication.publish(1);

        assertThat(tree(month())).containsOnlyKeys("results-2026-10.csv", "kaohe-manifest.txt");
    }

    @Test
    void aSetWithAListedFileMissingIsNotPublished() throws Exception {
        publishedFirstRun();
        Files.delete(month().resolve("results-2026-10.csv"));

        assertThat(new Publication(month(), Publication.Hook.NONE).published(1)).isFalse();
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every file under a folder by its path there, with its text. */
    static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static FileTime at(LocalDateTime time) {
        return FileTime.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
