package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.publish.Manifest;

/**
 * The packaged jar killed with {@code kill -9} before each rename of a rerun's publication (the test hook
 * {@code kaohe.test.pause-before-rename} pauses it there): the month folder then holds the earlier complete set,
 * or (between the two folder renames) nothing, or the new complete set, never a mix; and the next plain run
 * finishes the publication, or computes the month again, instead of answering "already done" over missing outputs.
 * Also the output folders of the issue that only a child process can try safely: {@code --output .} and
 * {@code --output ''} run from a copy of the project.
 */
class PublicationKillIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String PAUSE = "kaohe.test.pause-before-rename";

    @TempDir
    Path dir;

    private KaoheJar kaohe;

    @BeforeEach
    void jar() throws IOException {
        kaohe = new KaoheJar(Files.createDirectories(dir.resolve("jar")));
    }

    @Test
    void aRerunKilledBeforeAnyRenameLeavesAWholeSetAndTheNextPlainRunSetsItRight() throws Exception {
        // a month run and rerun once, so that its folder holds a set and an earlier previous-* folder
        Path setup = dir.resolve("setup").resolve("2026-10");
        assertThat(month(setup).exitCode()).isZero();
        assertThat(month(setup, "--rerun").exitCode()).isZero();

        for (String rename : List.of("journal", "aside", "flatten", "publish", "done")) {
            Path output = dir.resolve(rename).resolve("2026-10");
            FileTrees.copy(setup.getParent(), output.getParent());
            Map<String, String> old = FileTrees.snapshot(output);
            long oldRun = Manifest.of(output).orElseThrow().run();

            kaohe.killAt(PAUSE, rename, PROJECT, "run", "--month", "2026-10", "--output", output.toString(), "--rerun");

            switch (rename) {
                case "journal", "aside" -> assertThat(FileTrees.snapshot(output)).as("killed before " + rename)
                        .isEqualTo(old);
                case "flatten", "publish" -> assertThat(output).as("killed before " + rename).doesNotExist();
                default -> assertNewCompleteSet(output, old, oldRun);
            }
            KaoheJar.Result next = month(output);
            switch (rename) {
                case "journal" -> {
                    // completed but never published: computed again
                    assertThat(next.exitCode()).as(rename).isZero();
                    assertThat(next.out().get(0)).isEqualTo("运行记录显示 2026-10 已经完成，但 " + output
                            + " 中的结果缺失或不完整，现在重新计算并写出");
                }
                case "aside", "flatten", "publish" -> {
                    assertThat(next.exitCode()).as(rename).isEqualTo(3);
                    assertThat(next.out()).containsExactly("上次运行在放入结果时被中断，现已补完：" + output
                            + " 中是 2026-10 上次完成的完整结果",
                            "2026-10 已用相同的输入和规则完成过，未重新计算。如需重新计算，请加 --rerun");
                }
                default -> {
                    assertThat(next.exitCode()).as(rename).isEqualTo(3);
                    assertThat(next.out()).containsExactly(
                            "2026-10 已用相同的输入和规则完成过，未重新计算。如需重新计算，请加 --rerun");
                }
            }
            assertNewCompleteSet(output, old, oldRun);
            try (Stream<Path> root = Files.list(output.getParent())) {
                assertThat(root).extracting(p -> p.getFileName().toString()).as(rename)
                        .containsExactlyInAnyOrder(".kaohe", "logs", "2026-10");
            }
        }
    }

    @Test
    void theWorkingFolderOrABlankPathAsOutputIsRefusedFromACopyOfTheProject() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path project = work.resolve("project");
        FileTrees.copy(PROJECT.resolve("input").resolve("2026-10"), project.resolve("input").resolve("2026-10"));
        FileTrees.copy(PROJECT.resolve("jobs"), project.resolve("jobs"));
        Files.writeString(Files.createDirectories(project.resolve("src")).resolve("Main.java"), "class Main {}");
        Files.writeString(Files.createDirectories(project.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main");
        Map<String, String> before = FileTrees.snapshot(work);

        KaoheJar.Result dot = kaohe.run(project, List.of(), "run", "--month", "2026-10", "--output", ".");
        assertThat(dot.exitCode()).isEqualTo(2);
        assertThat(dot.err()).containsExactly("输出文件夹 . 包含了输入文件夹 "
                + project.toRealPath().resolve("input").resolve("2026-10")
                + "。为免移动或覆盖那里的文件，本次不运行；请把输出放到别处（例如 output/<月份>）");
        KaoheJar.Result blank = kaohe.run(project, List.of(), "run", "--month", "2026-10", "--output", "");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).containsExactly("输出文件夹（--output）不能为空");

        assertThat(FileTrees.snapshot(work)).as("every file and folder beside and in the project").isEqualTo(before);
    }

    private KaoheJar.Result month(Path output, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--month", "2026-10", "--output",
                output.toString()));
        args.addAll(List.of(extra));
        return kaohe.run(PROJECT, List.of(), args.toArray(String[]::new));
    }

    /**
     * The month folder holds a complete set that an uninterrupted run writes, with the earlier set ({@code old})
     * kept whole: its files in a previous-* folder of their own, its earlier previous-* folders beside.
     */
    private static void assertNewCompleteSet(Path output, Map<String, String> old, long oldRun) throws IOException {
        Manifest manifest = Manifest.of(output).orElseThrow();
        assertThat(manifest.entries()).allMatch(name -> Files.exists(output.resolve(name)));
        assertThat(manifest.run()).isGreaterThan(oldRun);
        assertThat(Files.readString(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(GOLDEN.resolve("results-2026-10.csv"), StandardCharsets.UTF_8));
        Map<String, String> now = FileTrees.snapshot(output);
        List<String> previous = manifest.entries().stream().filter(name -> name.startsWith("previous-")).toList();
        assertThat(previous).hasSize(2);
        old.forEach((path, hash) -> {
            if (path.startsWith("previous-")) {
                assertThat(now).containsEntry(path, hash);
            } else {
                assertThat(previous).anyMatch(folder -> hash.equals(now.get(folder + "/" + path)));
            }
        });
    }
}
