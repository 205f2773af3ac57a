package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaohe.SmallMonth;

/**
 * The small office the year's tests run months of: three 免打卡 people of 综合科 with nothing against them but the
 * findings given, so each scores 100 less the findings, and 好 goes to 1 of 3 (the 40 % quota; ties by 工号).
 */
final class ThreePeople {

    static final String FINDINGS_HEADER = "编号,日期,督查人,工号,科室,类别,事项,严重程度,一票否决,分值,描述,证据";

    private ThreePeople() {
    }

    /** Runs {@code month} from input/&lt;month&gt; under {@code dir} into output/&lt;month&gt;; findings as CSV rows. */
    static void runMonth(Path dir, String month, String... findings) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input").resolve(month));
        SmallMonth.write(input, "staff.csv", "工号,姓名,科室,岗位系数,绩效基数,考勤方式,信息报送",
                "Y01,甲,综合科,1.0,3000.00,免打卡,否", "Y02,乙,综合科,1.0,2000.00,免打卡,否",
                "Y03,丙,综合科,1.0,2500.00,免打卡,否");
        if (findings.length > 0) {
            SmallMonth.write(input, "findings.csv", Stream.concat(Stream.of(FINDINGS_HEADER), Stream.of(findings))
                    .toArray(String[]::new));
        }
        Captured c = Captured.run("run", "--month", month, "--input", input.toString(), "--output",
                dir.resolve("output").resolve(month).toString());
        assertThat(c.exitCode()).as(String.join("\n", c.err())).isEqualTo(0);
    }

    /** An HR workbook findings.xlsx with one sheet: the header on row 1, then a finding a row. */
    static void findingsWorkbook(Path input, String sheetName, String... rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(FINDINGS_HEADER));
        lines.addAll(List.of(rows));
        try (XSSFWorkbook wb = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(Files.createDirectories(input).resolve("findings.xlsx"))) {
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
        }
    }
}
