package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smallest size, as CI runs it (issue 6): a generated month of 1,000 people through the real job,
 * from the command line. No timing here; bench/run.sh measures. The generator is deterministic, so the figures
 * below are those of seed 1 and pin both the generator and the job (a faster path must not change a result).
 */
class GeneratedMonthRunTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedMonthOfAThousandPeopleRunsToTheEndWithEveryonePaid() throws Exception {
        Path input = dir.resolve("input/2026-09");
        Captured generated = Captured.run("generate", "--people", "1000", "--month", "2026-09", "--output",
                input.toString());
        assertThat(generated.exitCode()).isZero();
        assertThat(generated.out()).contains("花名册：1000 行", "打卡记录：83742 行");

        Path output = dir.resolve("output/2026-09");
        Captured run = Captured.run("run", "--month", "2026-09", "--input", input.toString(), "--output",
                output.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("人员：1000 人，参评 1000 人，不参评 0 人，一票否决 1 人",
                "打卡记录：1 个文件，采用 83719 行，拒绝 23 行", "奖金池（全办公室）：4451200.00 元",
                "等次：好 400 人，较好 595 人，一般 4 人，较差 1 人，不参评 0 人");
        List<String> payroll = Files.readAllLines(output.resolve("payroll-2026-09.csv"), StandardCharsets.UTF_8);
        assertThat(payroll).hasSize(1001);
        assertThat(payroll.stream().skip(1).map(l -> new BigDecimal(l.substring(l.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("4451200.00");
    }
}
