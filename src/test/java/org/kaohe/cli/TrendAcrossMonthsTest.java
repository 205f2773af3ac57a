package org.kaohe.cli;

import static org.kaohe.Cells.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;

/**
 * The five don't-lets trend of a month shows the months run before it in the same output root, from the job
 * repository: October's counts survive although November's inputs no longer hold October's findings.
 */
class TrendAcrossMonthsTest {

    @TempDir
    Path dir;

    @Test
    void aMonthsTrendTakesTheEarlierMonthsFromTheRunHistory() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        SmallMonth.writeTo(input);
        Path root = dir.resolve("output");
        assertThat(Kaohe.execute("run", "--month", "2026-10", "--input", input.toString(), "--output",
                root.resolve("2026-10").toString())).isZero();

        // November's folder has the same roster and error file but no findings: 张伟's error is its one violation
        Files.delete(input.resolve("findings.csv"));
        assertThat(Kaohe.execute("run", "--month", "2026-11", "--input", input.toString(), "--output",
                root.resolve("2026-11").toString())).isZero();

        try (InputStream in = Files.newInputStream(root.resolve("2026-11").resolve("five-dont-lets-2026-11.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet trend = wb.getSheet("趋势");
            // columns 延误, 积压, 差错, 冷落, 形象, 合计; October: the error, 李娜's two 脱岗 and 综合科's 空岗
            assertThat(shown(trend.getRow(3))).containsExactly("2026年10月", "0", "0", "1", "0", "3", "4");
            assertThat(shown(trend.getRow(4))).containsExactly("2026年11月", "0", "0", "1", "0", "0", "1");
            assertThat(shown(trend.getRow(5))).isEmpty();
        }
    }

}
