package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed demo month (input/2026-10, described case by case in input/README.md) against its golden results:
 * the expected results there were worked out independently of the code and match it cell for cell.
 */
class DemoMonthGoldenTest {

    @TempDir
    Path dir;

    @Test
    void theDemoMonthGivesTheGoldenResultsAndPaysThePoolToTheFen() throws IOException {
        Path output = dir.resolve("2026-10");
        Captured c = Captured.run("run", "--month", "2026-10", "--output", output.toString());
        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).contains("人员：42 人，参评 41 人，不参评 1 人，一票否决 2 人", "被拒绝的行：3 行",
                "有效但未采用：未批准的请假 2 条，未采用的补卡 3 条，未批准的加班 2 条（逐条原因见 kaohe explain）",
                "奖金池（全办公室）：143150.00 元", "等次：好 15 人，较好 24 人，一般 0 人，较差 2 人，不参评 1 人");
        assertThat(Files.readString(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8))
                .isEqualTo(golden("results-2026-10.csv"));
        assertThat(Files.readString(output.resolve("rejected-2026-10.csv"), StandardCharsets.UTF_8))
                .isEqualTo(golden("rejected-2026-10.csv"));
        List<String> payroll = Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8);
        assertThat(payroll).hasSize(43);
        BigDecimal paid = payroll.stream().skip(1).map(l -> new BigDecimal(l.substring(l.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo("143150.00");
    }

    private static String golden(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", name), StandardCharsets.UTF_8);
    }
}
