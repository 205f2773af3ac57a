package org.kaohe.report.year;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.history.YearCounts;
import org.kaohe.rules.RulesLoader;
import org.kaohe.scoring.Grade;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearEvaluator;

class YearCsvTest {

    private static final Year YEAR = Year.of(2026);

    @TempDir
    Path dir;

    @Test
    void yearResultsHaveTheSpecHeaderAndEveryCellAsWorkedOut() throws Exception {
        Path file = dir.resolve(YearResultsCsv.fileName(2026));
        YearResultsCsv.write(file, people());
        assertThat(file.getFileName().toString()).isEqualTo("year-results-2026.csv");
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(file, StandardCharsets.UTF_8).substring(1)).isEqualTo(
                "工号,姓名,科室,参评月数,好,较好,一般,较差,一票否决月数,月均得分,值班脱岗次数,信息省录用,信息市录用,信息扣分,"
                        + "年度得分,年度等次,奖励,考核奖\r\n"
                        // 12 × 95 = 95.00; 1 省 (counts as 市 too) of 2 and 5: 1 + 4 short, one 值班脱岗: 95 − 5 − 5
                        + "S01,秘书甲,秘书科,12,12,0,0,0,0,95.00,1,1,1,5.00,85.00,称职,,3000.00\r\n"
                        // 11 × 100 + 98 (vetoed, 较差) = 1198 / 12 = 99.83, 基本称职, vetoed: 0
                        + "S02,\"'=HYPERLINK(\"\"x\"\")\",秘书科,12,11,0,0,1,1,99.83,0,0,0,0.00,99.83,基本称职,,0.00\r\n"
                        // 12 × 96, no duty: 优秀 within the quota of 1 (3 × 20 % rounded down, at least 1)
                        + "S03,秘书丙,综合科,12,12,0,0,0,0,96.00,0,0,0,0.00,96.00,优秀,嘉奖,4500.00\r\n");
    }

    @Test
    void theAwardPayrollListsEveryonesBonus() throws Exception {
        Path file = dir.resolve(AwardPayrollCsv.fileName(2026));
        AwardPayrollCsv.write(file, people());
        assertThat(Files.readString(file, StandardCharsets.UTF_8).substring(1)).isEqualTo(
                "工号,姓名,科室,考核奖\r\nS01,秘书甲,秘书科,3000.00\r\nS02,\"'=HYPERLINK(\"\"x\"\")\",秘书科,0.00\r\n"
                        + "S03,秘书丙,综合科,4500.00\r\n");
    }

    private static List<PersonYear> people() throws Exception {
        List<PersonMonth> months = new ArrayList<>();
        YearCounts none = new YearCounts(0, 0, 0, 0, 0);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YEAR.atMonth(m);
            months.add(new PersonMonth(month, "S01", "秘书甲", "秘书科", new BigDecimal("3000.00"), true,
                    new BigDecimal("95"), Grade.EXCELLENT, false, BigDecimal.ZERO,
                    m == 4 ? new YearCounts(1, 0, 0, 1, 0) : none));
            months.add(new PersonMonth(month, "S02", "=HYPERLINK(\"x\")", "秘书科", new BigDecimal("3000.00"), false,
                    new BigDecimal(m == 2 ? "98" : "100"), m == 2 ? Grade.POOR : Grade.EXCELLENT, m == 2,
                    BigDecimal.ZERO, none));
            months.add(new PersonMonth(month, "S03", "秘书丙", "综合科", new BigDecimal("3000.00"), false,
                    new BigDecimal("96"), Grade.EXCELLENT, false, BigDecimal.ZERO, none));
        }
        return new YearEvaluator(RulesLoader.load(Path.of("jobs/rules.yml")).year())
                .evaluate(YEAR, IntStream.rangeClosed(1, 12).mapToObj(YEAR::atMonth).toList(), months, Map.of())
                .people();
    }
}
