package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.SourceRef;

class InputFolderTest {

    @TempDir
    Path dir;

    @Test
    void findsTheKindsFilesInNameOrderIgnoringLockFilesAndOtherNames() throws Exception {
        for (String name : new String[] {"punches_c.CSV", "punches-b.xlsx", "punches-a.csv", "Punches.csv",
                "~$punches-a.csv", ".~punches.xlsx", ".punches.csv", "punchesx.csv", "punches.txt", "punches.csv.bak",
                "staff.xlsx", "~$staff.xlsx"}) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.createDirectory(dir.resolve("punches-old.csv"));
        InputFolder folder = new InputFolder(dir);

        assertThat(folder.files(InputKind.PUNCHES)).extracting(p -> p.getFileName().toString())
                .containsExactly("punches-a.csv", "punches-b.xlsx", "Punches.csv", "punches_c.CSV");
        assertThat(folder.files(InputKind.STAFF)).containsExactly(dir.resolve("staff.xlsx"));
        assertThat(folder.files(InputKind.LEAVE)).isEmpty();
        assertThat(folder.dir()).isEqualTo(dir);
    }

    @Test
    void readsAKindSplitOverACsvAndAWorkbookInNameOrder() throws Exception {
        Files.writeString(dir.resolve("punches-a.csv"), "工号,打卡时间\n1001,2026-10-09 08:01\n1002,2026-10-09 08:02\n");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("punches-b.xlsx"))) {
            Sheet sheet = wb.createSheet("十月打卡");
            header(sheet, "工号", "打卡时间", "设备");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("1003");
            row.createCell(1).setCellValue("2026-10-09 08:03");
            row.createCell(2).setCellValue("大门");
            wb.write(out);
        }
        // a lock file Excel leaves beside an open workbook is not a workbook at all
        Files.writeString(dir.resolve("~$punches-b.xlsx"), "owner");

        CollectingSink sink = new CollectingSink();
        new InputFolder(dir).read(InputKind.PUNCHES, sink);

        assertThat(sink.column("employee_id")).containsExactly("1001", "1002", "1003");
        assertThat(sink.column("punch_time")).containsExactly("2026-10-09 08:01", "2026-10-09 08:02", "2026-10-09 08:03");
        assertThat(sink.column("device")).containsExactly("", "", "大门");
        assertThat(sink.sources()).containsExactly(new SourceRef("punches-a.csv", "", 2),
                new SourceRef("punches-a.csv", "", 3), new SourceRef("punches-b.xlsx", "十月打卡", 2));
    }

    @Test
    void readsNothingForAKindWithoutFiles() throws Exception {
        CollectingSink sink = new CollectingSink();

        new InputFolder(dir).read(InputKind.DUTY, sink);

        assertThat(sink.rows).isEmpty();
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void failsPlainlyForAMissingFolder() {
        InputFolder folder = new InputFolder(dir.resolve("2026-13"));

        assertThatThrownBy(() -> folder.files(InputKind.STAFF)).isInstanceOf(UncheckedIOException.class);
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }
}
