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
 * The year's job as the packaged jar runs it, killed with {@code kill -9}: before its write step (the test pause
 * {@code kaohe.test.pause-before-step}) it leaves no year folder, a second year run meanwhile stops at once, and the
 * next run recovers the killed execution and completes the year as an uninterrupted run does. On the embedded
 * repository here; on PostgreSQL in {@link PostgresYearKillAndRestartIT}; killed in the publication in
 * {@link YearPublicationKillIT}.
 */
class YearKillAndRestartIT {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";

    @TempDir
    Path dir;

    /** The environment of the kaohe processes: none here, the embedded repository of the output root. */
    Map<String, String> environment() throws Exception {
        return Map.of();
    }

    /** A kaohe that has run the hand-written October (run 1) into a new output root {@code root}. */
    static KaoheProcesses monthRun(Path dir, Path root, Map<String, String> environment) throws Exception {
        Path input = dir.resolve("input").resolve("2026-10");
        SmallMonth.writeTo(Files.createDirectories(input));
        KaoheProcesses kaohe = new KaoheProcesses(Files.createDirectories(dir.resolve("processes")), environment);
        assertThat(kaohe.run(List.of(), "run", "--month", "2026-10", "--input", input.toString(), "--output",
                root.resolve("2026-10").toString()).exitCode()).isZero();
        return kaohe;
    }

    static String[] year(Path folder, String... extra) {
        return Stream.concat(Stream.of("year", "--year", "2026", "--output", folder.toString()), Stream.of(extra))
                .toArray(String[]::new);
    }

    @Test
    void aYearKilledBeforeItsWriteStepLeavesNoFolderAndTheNextRunCompletesItAsAnUninterruptedRunDoes()
            throws Exception {
        Path root = dir.resolve("killed");
        KaoheProcesses kaohe = monthRun(dir, root, environment());
        Path year = root.resolve("2026");
        Process first = kaohe.startPaused("kaohe.test.pause-before-step", "yearWriteStep", year(year));

        KaoheProcesses.Result second = kaohe.run(List.of(), year(year));
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err()).first().isEqualTo("2026 年的年终考核正在另一个窗口运行，请等它结束后再试");

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(year).doesNotExist();

        KaoheProcesses.Result restarted = kaohe.run(List.of(), year(year));
        assertThat(restarted.exitCode()).as(String.join("\n", restarted.err())).isZero();
        // 1001 and 2001 are 好, 1002 较好 in their one month, 2002 不参评: too few graded months for a grade
        assertThat(Files.readAllLines(year.resolve("year-results-2026.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF工号,姓名,科室,参评月数,好,较好,一般,较差,一票否决月数,月均得分,值班脱岗次数,信息省录用,信息市录用,"
                        + "信息扣分,年度得分,年度等次,奖励,考核奖",
                "1001,张伟,综合科,1,1,0,0,0,0,93.25,0,0,0,0.00,93.25,不定等次,,0.00",
                "1002,李娜,综合科,1,0,1,0,0,0,86.00,0,0,0,0.00,86.00,不定等次,,0.00",
                "2001,王芳,秘书科,1,1,0,0,0,0,103.00,0,0,0,0.00,103.00,不定等次,,0.00",
                "2002,刘洋,秘书科,0,0,0,0,0,0,0.00,0,0,0,0.00,0.00,不定等次,,0.00");
        try (Stream<Path> entries = Files.list(root)) {
            assertThat(entries).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder(".kaohe", "logs", "2026-10", "2026");
        }

        // the killed execution was marked failed, then the same year instance completed
        KaoheProcesses.Result history = kaohe.run(List.of(), "history", "--output", root.toString());
        String user = System.getProperty("user.name");
        List<String> years = history.out().subList(history.out().indexOf("年终考核：") + 2, history.out().size())
                .stream().map(l -> l.replaceAll(TIME, "<time>").replaceAll(" +", " ")).toList();
        // H2 loses the ids it had cached when killed: the next execution's id is further on
        assertThat(years).hasSize(2);
        assertThat(years.get(0)).isEqualTo("2 2026 <time> 计算 失败 — " + user + " 2026-10 运行 1");
        assertThat(years.get(1)).matches("\\d+ 2026 <time> 计算 完成 4 " + user + " 2026-10 运行 1");
    }
}
