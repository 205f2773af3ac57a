package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.SourceRef;

/** The reader passes over what a template adds: the alias line under the header, the example row, the notes sheet. */
class TemplateRowsTest {

    @TempDir
    Path dir;

    @Test
    void skipsTheAliasLineUnderTheHeaderAndTheExampleRow() throws Exception {
        csv("""
                工号,姓名,科室,绩效基数,备注
                Employee ID, NAME ,section,pay_base,
                「示例」1001,张三,办公室,5000
                
                1002,李四,综合科,4800
                """);

        CollectingSink sink = read();

        assertThat(sink.column("employee_id")).containsExactly("1002");
        assertThat(sink.sources()).containsExactly(new SourceRef("staff.csv", "", 5));
        assertThat(sink.warnings).containsExactly(
                "staff.csv 第1行的“备注”列不是花名册的列，已忽略这一列");
    }

    @Test
    void anAliasLineFurtherDownIsData() throws Exception {
        csv("""
                工号,姓名,科室,绩效基数
                1002,李四,综合科,4800
                employee_id,name,section,pay_base
                """);

        assertThat(read().column("employee_id")).containsExactly("1002", "employee_id");
    }

    @Test
    void aRowWithAnAliasAndOtherTextIsData() throws Exception {
        csv("""
                工号,姓名,科室,绩效基数
                employee_id,name,办公室,pay_base
                """);

        assertThat(read().column("section")).containsExactly("办公室");
    }

    @Test
    void theExampleWithoutTheAliasLineIsSkippedButACopyFurtherDownIsData() throws Exception {
        csv("""
                工号,姓名,科室,绩效基数
                「示例」1001,张三,办公室,5000
                1002,李四,综合科,4800
                「示例」1003,王五,综合科,4800
                """);

        assertThat(read().column("employee_id")).containsExactly("1002", "「示例」1003");
    }

    @Test
    void onlyTheMarkInTheFirstCellMakesAnExample() throws Exception {
        csv("""
                工号,姓名,科室,绩效基数
                示例1001,「示例」张三,办公室,5000
                """);

        assertThat(read().column("name")).containsExactly("「示例」张三");
    }

    @Test
    void aMarkedNotesSheetIsSkippedWithoutAWarning() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("花名册").createRow(0).createCell(0).setCellValue("工号");
            var header = wb.getSheet("花名册").getRow(0);
            header.createCell(1).setCellValue("姓名");
            header.createCell(2).setCellValue("科室");
            header.createCell(3).setCellValue("绩效基数");
            var row = wb.getSheet("花名册").createRow(1);
            row.createCell(0).setCellValue("1002");
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue(TemplateMarks.NOTES + "花名册填写说明");
            try (OutputStream out = Files.newOutputStream(dir.resolve("staff.xlsx"))) {
                wb.write(out);
            }
        }

        CollectingSink sink = read();

        assertThat(sink.column("employee_id")).containsExactly("1002");
        assertThat(sink.warnings).isEmpty();
    }

    private void csv(String text) throws IOException {
        Files.writeString(dir.resolve("staff.csv"), text, StandardCharsets.UTF_8);
    }

    private CollectingSink read() throws InputFileException {
        CollectingSink sink = new CollectingSink();
        new InputFolder(dir).read(InputKind.STAFF, sink);
        return sink;
    }
}
