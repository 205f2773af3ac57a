package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.publish.Manifest;

/**
 * A year's rerun killed with {@code kill -9} in the middle of its publication (the test pause
 * {@code kaohe.test.pause-before-rename}, as {@link PublicationKillIT} does for a month): the next plain run finishes
 * the publication instead of answering "already done" over a missing folder, and the earlier set is kept whole.
 */
class YearPublicationKillIT {

    @TempDir
    Path dir;

    @Test
    void aYearRerunKilledInThePublicationIsFinishedByTheNextRun() throws Exception {
        Path root = dir.resolve("published");
        KaoheProcesses kaohe = YearKillAndRestartIT.monthRun(dir, root, Map.of());
        Path year = root.resolve("2026");
        assertThat(kaohe.run(List.of(), YearKillAndRestartIT.year(year)).exitCode()).isZero();
        Map<String, String> first = FileTrees.snapshot(year);

        // between the two folder renames: the earlier set is aside, the new one not yet in place
        Process rerun = kaohe.startPaused("kaohe.test.pause-before-rename", "publish", YearKillAndRestartIT.year(year, "--rerun"));
        rerun.destroyForcibly();
        assertThat(rerun.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(year).doesNotExist();

        KaoheProcesses.Result next = kaohe.run(List.of(), YearKillAndRestartIT.year(year));
        assertThat(next.exitCode()).isEqualTo(3);
        assertThat(next.out()).containsExactly("上次运行在放入结果时被中断，现已补完：" + year + " 中是 2026 上次完成的完整结果",
                "2026 年已用相同的月份结果和规则完成过年终考核，未重新计算。如需重新计算，请加 --rerun");
        Manifest manifest = Manifest.of(year).orElseThrow();
        assertThat(manifest.entries()).allMatch(name -> Files.exists(year.resolve(name)));
        assertThat(manifest.entries()).contains("year-results-2026.csv", "award-payroll-2026.csv",
                "changes-2026.csv");
        Map<String, String> now = FileTrees.snapshot(year);
        // the rerun recomputed the same year: the same files, the first set kept whole in its previous-* folder
        String previous = manifest.entries().stream().filter(n -> n.startsWith("previous-")).findFirst().orElseThrow();
        first.forEach((path, hash) -> assertThat(now).containsEntry(previous + "/" + path, hash));
        assertThat(now.get("year-results-2026.csv")).isEqualTo(first.get("year-results-2026.csv"));
        assertThat(Files.readString(year.resolve("changes-2026.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF工号,姓名,科室,原年度得分,新年度得分,原年度等次,新年度等次,原奖励,新奖励,原考核奖,新考核奖,说明,变化的月份和规则\r\n");
    }
}
