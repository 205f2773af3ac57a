package org.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV for Excel: BOM, quoting only where needed, and no text cell that a spreadsheet would run as a formula. */
class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaGetsAnApostropheButNumbersStayNumbers() throws Exception {
        Path f = dir.resolve("out.csv");
        try (CsvFile csv = new CsvFile(f)) {
            csv.header(List.of("a", "b", "c", "d", "e", "f"));
            csv.row(List.of(text("=HYPERLINK(\"http://x\",\"点我\")"), text("+8613800000000"), text("-1"),
                    text("@SUM(A1)"), text("王, 小明"), number("-1.00")));
        }
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("a,b,c,d,e,f\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",'+8613800000000,'-1,'@SUM(A1),\"王, 小明\",-1.00\r\n");
    }
}
