package org.kaohe.report.fivedontlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.discipline.DontLet;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputChecksums;
import org.kaohe.report.MonthOutputs;

/** The write step writes the five don't-lets workbook, page and notice with the other outputs. */
class MonthOutputsFiveDontLetsTest {

    @TempDir
    Path dir;

    @Test
    void theMonthsOutputsIncludeTheReportsAndTheTrendTakesTheEarlierMonths() throws Exception {
        Path output = Files.createDirectory(dir.resolve("2026-10"));
        Path rules = Path.of("jobs/rules.yml");
        MonthOutputs.write(DemoMonth.evaluation(), output, Messages.forLang("zh"), new MonthOutputs.Options(rules,
                InputChecksums.of(Path.of("input/2026-10"), rules, MonthlyEvaluation.calendarDir(rules)), null,
                List.of(FiveDontLetsXlsxTest.counts(2026, 9, Map.of(DontLet.NEGLECT, 2))), List.of()));
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(MonthOutputs.fileNames(YearMonth.of(2026, 10)));
        }
        assertThat(MonthOutputs.fileNames(YearMonth.of(2026, 10))).contains("five-dont-lets-2026-10.xlsx",
                "five-dont-lets-2026-10.html", "notice-2026-10.docx");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(output);
        }
        try (InputStream in = Files.newInputStream(output.resolve("five-dont-lets-2026-10.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(FiveDontLetsXlsxTest.values(wb.getSheet("趋势").getRow(3)))
                    .containsExactly("2026年9月", "0", "0", "0", "2", "0", "2");
            assertThat(wb.getSheet("趋势").getRow(4).getCell(0).getStringCellValue()).isEqualTo("2026年10月");
        }
    }
}
