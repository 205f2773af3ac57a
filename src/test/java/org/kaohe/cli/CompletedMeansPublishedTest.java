package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Completed" in the run history and "published" in the month folder never disagree for long: exit 0 only when
 * both hold, and the next run repairs whichever side is missing instead of answering "already done".
 */
class CompletedMeansPublishedTest extends SmallMonthFolderTest {

    @Test
    void aCompletedMonthWhoseFolderWasDeletedIsComputedAndWrittenAgainNotCalledDone() throws IOException {
        assertThat(run().exitCode()).isZero();
        Map<String, String> first = RerunTest.contents(output);
        deleteTree(output);

        Captured again = run();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out().get(0)).isEqualTo("运行记录显示 2026-10 已经完成，但 " + output
                + " 中的结果缺失或不完整，现在重新计算并写出");
        // computed again as a rerun is: the same results, and a 变更 file that finds no one changed
        Map<String, String> again2 = csvs(output);
        assertThat(again2.remove("changes-2026-10.csv")).isNotNull();
        assertThat(again2).isEqualTo(csvs(first)).containsKeys("results-2026-10.csv", "payroll-2026-10.csv");
        assertThat(Files.readAllLines(output.resolve("changes-2026-10.csv"))).containsExactly(
                "\uFEFF工号,姓名,科室,原得分,新得分,原等次,新等次,原绩效工资,新绩效工资,变化的项目,变化的输入");
        assertThat(run().exitCode()).isEqualTo(3);
    }

    @Test
    void aCompletedMonthWithAnOutputFileMissingIsWrittenAgainAndTheRestKeptAsPrevious() throws IOException {
        assertThat(run().exitCode()).isZero();
        Files.delete(output.resolve("payroll-2026-10.csv"));

        Captured again = run();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out().get(0)).startsWith("运行记录显示 2026-10 已经完成，但 ");
        assertThat(output.resolve("payroll-2026-10.csv")).exists();
        try (Stream<Path> previous = Files.list(output).filter(p -> p.getFileName().toString().startsWith("previous-"))) {
            Path kept = previous.findFirst().orElseThrow();
            assertThat(kept.resolve("results-2026-10.csv")).exists();
            assertThat(kept.resolve("payroll-2026-10.csv")).doesNotExist();
        }
        assertThat(run().exitCode()).isEqualTo(3);
    }

    /**
     * A full disk just at the end: the test hook {@code kaohe.test.fail-history-sync} makes forcing the completed
     * run into the job repository's file fail as "No space left on device" does, after every output was written.
     */
    @Test
    void aRunThatCannotBeRecordedOnDiskIsNotDoneAndPublishesNothingAndTheNextRunRepairsIt() throws IOException {
        Captured full;
        System.setProperty("kaohe.test.fail-history-sync", "true");
        try {
            full = run();
        } finally {
            System.clearProperty("kaohe.test.fail-history-sync");
        }

        assertThat(full.exitCode()).isEqualTo(1);
        assertThat(full.err()).hasSize(2).first().isEqualTo("2026-10 已算完，但运行记录未能写入磁盘（No space left on "
                + "device），结果没有放入输出文件夹。请腾出磁盘空间后重新运行同一条命令");
        assertThat(full.err().get(1)).startsWith("本次运行的日志：" + output.getParent().resolve("logs"));
        assertThat(full.out()).noneMatch(line -> line.contains("完成"));
        assertThat(output).doesNotExist();
        try (Stream<Path> root = Files.list(output.getParent())) {
            assertThat(root).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(".kaohe", "logs");
        }

        // the job repository still wrote the completion when it closed, so the next run finds it unpublished
        Captured next = run();
        assertThat(next.exitCode()).isZero();
        assertThat(next.out().get(0)).startsWith("运行记录显示 2026-10 已经完成，但 ");
        assertThat(output.resolve("results-2026-10.csv")).exists();
        assertThat(run().exitCode()).isEqualTo(3);
    }

    private static Map<String, String> csvs(Path folder) throws IOException {
        return csvs(RerunTest.contents(folder));
    }

    private static Map<String, String> csvs(Map<String, String> files) {
        Map<String, String> csvs = new java.util.TreeMap<>(files);
        csvs.keySet().removeIf(name -> !name.endsWith(".csv"));
        return csvs;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
