package org.kaohe.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.report.ParallelWrites;

/**
 * A streamed workbook filled in parts on several threads: sheets in the declared order whichever thread comes first,
 * every row of sheets that were filled at the same time (one kept its rows while the other wrote into the file), and
 * a failing part fails the writes without leaving the others waiting.
 */
class BookPartsTest {

    private static final int ROWS = 2_500;

    @TempDir
    Path dir;

    @Test
    void partsFilledAtOnceGiveEverySheetInItsPlaceWithAllItsRows() throws Exception {
        Path file = dir.resolve("parts.xlsx");
        // both big sheets are half filled before either goes on, so one of them keeps its rows while the other has
        // the turn to write (on a machine with a single core the wait times out and they are filled in turn)
        CountDownLatch halfway = new CountDownLatch(2);
        AtomicBoolean saved = new AtomicBoolean();
        try (ParallelWrites writes = new ParallelWrites()) {
            BookParts.write(file.getFileName().toString(), XlsxBook.streamed(file, null, "&P"), List.of(
                    new BookParts.Part(List.of("甲", "乙"), b -> {
                        b.sheet("甲", List.of("编号")).row(integer(1));
                        fill(b.sheet("乙", List.of("编号", "说明")), "乙", halfway);
                    }),
                    new BookParts.Part(List.of("丙"), b -> fill(b.sheet("丙", List.of("编号", "说明")), "丙", halfway))),
                    writes, () -> saved.set(true));
            writes.awaitAll();
        }
        assertThat(saved).isTrue();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("甲", "乙", "丙");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            for (String name : List.of("乙", "丙")) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s.getLastRowNum()).isEqualTo(ROWS);
                assertThat(s.getRow(ROWS).getCell(0).getNumericCellValue()).isEqualTo(ROWS - 1);
                assertThat(s.getRow(ROWS).getCell(1).getStringCellValue()).isEqualTo(name + (ROWS - 1));
                assertThat(s.getRow(ROWS).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
                assertThat(s.getRow(ROWS).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
            }
        }
    }

    @Test
    void aFailingPartFailsTheWritesAndTheOthersDoNotWaitForIt() throws Exception {
        Path file = dir.resolve("failed.xlsx");
        AtomicBoolean saved = new AtomicBoolean();
        try (ParallelWrites writes = new ParallelWrites()) {
            BookParts.write(file.getFileName().toString(), XlsxBook.streamed(file, null, "&P"), List.of(
                    new BookParts.Part(List.of("甲"), b -> {
                        XlsxSheet s = b.sheet("甲", List.of("编号"));
                        for (int i = 0; i < ROWS; i++) {
                            s.row(integer(i));
                        }
                        throw new IOException("甲 failed");
                    }),
                    new BookParts.Part(List.of("乙"), b -> fill(b.sheet("乙", List.of("编号", "说明")), "乙",
                            new CountDownLatch(0)))),
                    writes, () -> saved.set(true));
            assertThatThrownBy(writes::awaitAll).isInstanceOf(IOException.class).hasMessage("甲 failed");
        }
        assertThat(saved).isFalse();
    }

    private static void fill(XlsxSheet s, String name, CountDownLatch halfway) {
        for (int i = 0; i < ROWS; i++) {
            s.row(integer(i), text(name + i));
            if (i == ROWS / 2) {
                halfway.countDown();
                try {
                    halfway.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
