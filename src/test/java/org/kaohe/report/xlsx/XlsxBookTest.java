package org.kaohe.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kaohe.report.xlsx.XlsxCell.date;
import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shared workbook helpers: text stays text (control characters visible, cut to what a cell holds), numbers keep
 * their formats, dates are dates, tables are frozen and filtered, and a report page has its title above the table,
 * whichever way the book is written.
 */
class XlsxBookTest {

    private static final DataFormatter SHOWN = new DataFormatter();
    private static final String FOOTER = "第 &P 页 共 &N 页";

    @TempDir
    Path dir;

    /** Both ways a report workbook is written: streamed by fastexcel, and by POI for the one with charts. */
    enum Kind {
        STREAMED, WITH_CHARTS;

        XlsxBook open(Path file) throws IOException {
            return this == STREAMED ? XlsxBook.streamed(file, null, FOOTER) : XlsxBook.withCharts(file, FOOTER);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void textThatLooksLikeAFormulaIsAStringCellAndNumbersAreNumbersWithTheirFormats(Kind kind) throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (XlsxBook book = kind.open(file)) {
            XlsxSheet s = book.sheet("人员", List.of("姓名", "说明", "得分", "出勤系数", "天数", "次数"));
            s.row(text("王建国"), text("=HYPERLINK(\"http://x\",\"点我\")"), number(new BigDecimal("93.405"),
                    XlsxCell.Format.TWO), number(new BigDecimal("0.98611"), XlsxCell.Format.FOUR),
                    number(new BigDecimal("0.25"), XlsxCell.Format.ONE), integer(3));
            s.row(text("+8613800000000"), text("-1"), text("@SUM(A1)"));
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("人员");
            XSSFCell formulaLike = s.getRow(1).getCell(1);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"点我\")");
            assertThat(s.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("-1");
            assertThat(s.getRow(2).getCell(2).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(s.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
            XSSFCell score = s.getRow(1).getCell(2);
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(93.41);   // half up, as the CSV writes it
            assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(0.9861);
            assertThat(s.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            assertThat(s.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.3);
            assertThat(s.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(s.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(s.getRow(2).getCell(3)).isNull();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
            // the widest value plus a margin of 2: "+8613800000000" is 14 units, the HYPERLINK text with 点我 29;
            // a header gets room for the filter arrow: 次数 is 4 + 3
            assertThat(s.getColumnWidth(0)).isEqualTo((14 + 2) * 256);
            assertThat(s.getColumnWidth(1)).isEqualTo((29 + 2) * 256);
            assertThat(s.getColumnWidth(5)).isEqualTo((7 + 2) * 256);
        }
    }

    @Test
    void aChineseCharacterIsTwoWidthUnitsAndVeryLongTextIsCutToWhatExcelHolds() throws Exception {
        assertThat(XlsxSheet.displayWidth("综合科")).isEqualTo(6);
        assertThat(XlsxSheet.displayWidth("1003 张伟（迟到）")).isEqualTo(5 + 4 + 8);
        assertThat(XlsxSheet.displayWidth("ＡＢ")).isEqualTo(4);
        assertThat(XlsxSheet.displayWidth("100.00\n较好")).isEqualTo(6);
        assertThat(text("x".repeat(40_000)).text()).hasSize(32_767);
        Path file = dir.resolve("wide.xlsx");
        try (XlsxBook book = XlsxBook.streamed(file, null, FOOTER)) {
            book.sheet("s", List.of("a")).row(text("很".repeat(500)));
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getSheetAt(0).getColumnWidth(0)).isEqualTo((50 + 2) * 256);
        }
    }

    @Test
    void controlCharactersAreShownAsReplacementCharactersAndTabsAndLineBreaksStay() throws Exception {
        assertThat(text("综合\u0000科\u0007").text()).isEqualTo("综合\uFFFD科\uFFFD");
        assertThat(text("一行\n二行\t尾").text()).isEqualTo("一行\n二行\t尾");
        assertThat(text("\u0001".repeat(40_000)).text()).isEqualTo("\uFFFD".repeat(32_767));
        assertThat(text(null).text()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everySheetPrintsOnA4LandscapeOnePageWideWithItsTitleHeaderAndKeyColumnsOnEveryPage(Kind kind)
            throws Exception {
        Path file = dir.resolve("print.xlsx");
        try (XlsxBook book = kind.open(file)) {
            book.sheet("人员", "2026年10月人员", List.of("共 1 人"), List.of("工号", "姓名", "得分")).keyColumns(2)
                    .row(text("1001"), text("王建国"), integer(98));
            book.sheet("汇总", List.of("科室", "次数")).onePage().row(text("综合科"), integer(2));
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet people = wb.getSheet("人员");
            assertThat(people.getPrintSetup().getLandscape()).isTrue();
            assertThat(people.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(people.getFitToPage()).isTrue();
            assertThat(people.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(people.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(people.getRepeatingRows().formatAsString()).isEqualTo("1:4");
            assertThat(people.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            assertThat(people.getFooter().getCenter()).isEqualTo("&\"Calibri,Regular\"&9&K000000第 &P 页 共 &N 页");
            assertThat(people.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(people.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            XSSFSheet summary = wb.getSheet("汇总");
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(summary.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(summary.getRepeatingColumns()).isNull();
            assertThat(summary.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theFirstRowPastAQuotaIsRedUnderAThickRedLine(Kind kind) throws Exception {
        Path file = dir.resolve("quota.xlsx");
        try (XlsxBook book = kind.open(file)) {
            XlsxSheet s = book.sheet("排名", List.of("名次", "姓名"));
            s.row(integer(1), text("王建国"));
            s.row(integer(2).marked(XlsxCell.Mark.QUOTA_LINE), text("李娜").marked(XlsxCell.Mark.QUOTA_LINE));
            s.row(integer(3).alertIf(true), text("赵磊").alertIf(true));
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("排名");
            XSSFCellStyle within = s.getRow(1).getCell(1).getCellStyle();
            XSSFCellStyle first = s.getRow(2).getCell(1).getCellStyle();
            XSSFCellStyle next = s.getRow(3).getCell(0).getCellStyle();
            assertThat(within.getBorderTop()).isEqualTo(BorderStyle.THIN);
            assertThat(first.getBorderTop()).isEqualTo(BorderStyle.THICK);
            assertThat(first.getTopBorderXSSFColor().getARGBHex()).endsWith("C00000");
            assertThat(first.getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(first.getFont().getXSSFColor().getARGBHex()).endsWith("C00000");
            assertThat(next.getBorderTop()).isEqualTo(BorderStyle.THIN);
            assertThat(next.getFont().getXSSFColor().getARGBHex()).endsWith("C00000");
            XSSFColor plain = within.getFont().getXSSFColor();
            assertThat(plain == null ? "" : plain.getARGBHex()).doesNotEndWith("C00000");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void tableCellsAreBorderedTextWrapsMoneyHasSeparatorsProblemsAreRedTotalsBoldAndTimesAreRealCells(Kind kind)
            throws Exception {
        Path file = dir.resolve("form.xlsx");
        try (XlsxBook book = kind.open(file)) {
            XlsxSheet s = book.sheet("人员", "表", List.of(), List.of("姓名", "扣分", "绩效工资", "打卡", "时间"));
            s.row(text("罗浩"), number(new BigDecimal("5"), XlsxCell.Format.TWO).alertIf(true),
                    number(new BigDecimal("4753.06"), XlsxCell.Format.MONEY),
                    XlsxCell.dateTime(LocalDateTime.of(2026, 10, 9, 8, 31)), XlsxCell.time(LocalTime.of(17, 45)));
            s.row(text("合计").marked(XlsxCell.Mark.TOTAL), number(BigDecimal.ZERO, XlsxCell.Format.TWO).alertIf(false));
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("人员");
            XSSFCell name = s.getRow(3).getCell(0);
            assertThat(name.getCellStyle().getWrapText()).isTrue();
            assertThat(name.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
            assertThat(name.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(s.getRow(2).getCell(0).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
            assertThat(s.getRow(0).getCell(0).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.NONE);
            XSSFCell deduction = s.getRow(3).getCell(1);
            assertThat(deduction.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FFC00000");
            assertThat(deduction.getCellStyle().getFont().getBold()).isFalse();
            assertThat(SHOWN.formatCellValue(s.getRow(3).getCell(2))).isEqualTo("4,753.06");
            XSSFCell punch = s.getRow(3).getCell(3);
            assertThat(punch.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 10, 9, 8, 31));
            assertThat(SHOWN.formatCellValue(punch)).isEqualTo("2026-10-09 08:31");
            assertThat(SHOWN.formatCellValue(s.getRow(3).getCell(4))).isEqualTo("17:45");
            assertThat(s.getRow(3).getCell(4).getNumericCellValue()).isCloseTo(17.75 / 24, within(1e-9));
            assertThat(s.getRow(4).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(s.getRow(4).getCell(1).getCellStyle().getFont().getXSSFColor().getARGBHex()).isNotEqualTo("FFC00000");
        }
    }

    /** LibreOffice keeps a row one line high whatever its wrapped text, so the text ran over the rows below. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRowIsAsHighAsTheLinesItsLongestWrappedTextTakes(Kind kind) throws Exception {
        Path file = dir.resolve("tall.xlsx");
        String reason = "督".repeat(60);   // 120 widths, drawn as about 102: three lines in a column of 50
        try (XlsxBook book = kind.open(file)) {
            XlsxSheet s = book.sheet("扣分明细", "表", List.of(), List.of("工号", "原因"));
            s.row(text("1001"), text(reason));
            s.row(text("1002"), text("督".repeat(29)));   // 58 widths drawn as 49.3: one line
            s.row(text("1003"), text("督".repeat(36)));   // 72 widths drawn as 61.2: two lines
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("扣分明细");
            assertThat(s.getColumnWidth(1)).isEqualTo((50 + 2) * 256);
            assertThat(s.getRow(3).getHeightInPoints()).isEqualTo(45f);
            assertThat(s.getRow(4).getHeightInPoints()).isEqualTo(s.getDefaultRowHeightInPoints());
            assertThat(s.getRow(5).getHeightInPoints()).isEqualTo(30f);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReportPageHasATitleAndLinesAboveItsTableNotesBelowAndDateCells(Kind kind) throws Exception {
        Path file = dir.resolve("page.xlsx");
        try (XlsxBook book = kind.open(file)) {
            XlsxSheet s = book.sheet("汇总", "2026年10月汇总", List.of("共 2 起", "文明科室：秘书科"),
                    List.of("科室", "日期"));
            assertThat(s.rows()).isEqualTo(5);   // title, two lines, a blank row, the header
            s.row(text("综合科"), date(LocalDate.of(2026, 10, 9)));
            s.row(text("秘书科"), date(null));
            s.note("说明：" + "很长的说明".repeat(20));
            book.sheet("合计", List.of("科室", "次数")).withoutFilter().row(text("合计"), integer(2));
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("汇总");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年10月汇总");
            assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 14);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("共 2 起");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("文明科室：秘书科");
            assertThat((Object) s.getRow(3)).isNull();
            assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("日期");
            XSSFCell date = s.getRow(5).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 9));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(s.getRow(6).getCell(1)).isNull();
            assertThat((Object) s.getRow(7)).isNull();
            assertThat(s.getRow(8).getCell(0).getStringCellValue()).startsWith("说明：很长的说明");
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            // the filter covers the table only, and the note does not widen its column: 科室 is 4 + 3 for the arrow
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:B7");
            assertThat(s.getColumnWidth(0)).isEqualTo((7 + 2) * 256);
            assertThat(s.getColumnWidth(1)).isEqualTo((10 + 2) * 256);
            assertThat(wb.getSheet("合计").getCTWorksheet().isSetAutoFilter()).isFalse();
            assertThat(wb.getSheet("合计").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void aLongTableIsSizedByItsFirstThousandRowsAndKeepsEveryRowWithItsLook() throws Exception {
        Path file = dir.resolve("long.xlsx");
        try (XlsxBook book = XlsxBook.streamed(file, null, FOOTER)) {
            XlsxSheet s = book.sheet("扣分明细", List.of("序号", "原因", "扣分"));
            for (int i = 1; i <= 2500; i++) {
                // the longest reason comes after the first thousand rows: it no longer widens its column
                s.row(integer(i), text(i == 2000 ? "很".repeat(30) : "迟到"), number(new BigDecimal("0.5"),
                        XlsxCell.Format.TWO));
            }
            XlsxSheet later = book.sheet("合计", List.of("n"));
            assertThatThrownBy(() -> s.row(integer(1))).isInstanceOf(IllegalStateException.class);
            later.row(integer(2500));
            book.save();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            XSSFSheet s = wb.getSheet("扣分明细");
            assertThat(s.getLastRowNum()).isEqualTo(2500);
            for (int row : new int[] {1, 999, 1000, 1001, 2000, 2500}) {
                assertThat(s.getRow(row).getCell(0).getNumericCellValue()).isEqualTo(row);
                assertThat(s.getRow(row).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
                assertThat(s.getRow(row).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
                assertThat(s.getRow(row).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            }
            assertThat(s.getRow(2000).getCell(1).getStringCellValue()).isEqualTo("很".repeat(30));
            assertThat(s.getRow(0).getCell(1).getCellStyle().getFont().getBold()).isTrue();
            assertThat(s.getColumnWidth(1)).isEqualTo((7 + 2) * 256);   // 原因 and the filter arrow
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C2501");
            assertThat(wb.getSheet("合计").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2500);
        }
    }

    /** The book made for charts keeps SXSSF's temporary files, and must not leave them behind. */
    @Test
    void closingTheBookDeletesItsTemporaryFiles() throws Exception {
        // a folder of the test's own: the shared java.io.tmpdir/poifiles also holds other builds' files, which come
        // and go while this test runs
        Path poiFiles = Files.createDirectory(dir.resolve("poifiles"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiFiles.toFile()));
        try {
            List<Path> before = sxssfTempFiles(poiFiles);
            try (XlsxBook book = XlsxBook.withCharts(dir.resolve("many.xlsx"), FOOTER)) {
                XlsxSheet s = book.sheet("s", List.of("n"));
                for (int i = 0; i < 1000; i++) {   // more rows than stay in memory: the rest go to the temporary file
                    s.row(integer(i));
                }
                assertThat(sxssfTempFiles(poiFiles)).hasSizeGreaterThan(before.size());
                book.save();
            }
            assertThat(sxssfTempFiles(poiFiles)).containsExactlyInAnyOrderElementsOf(before);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private static List<Path> sxssfTempFiles(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).toList();
        }
    }

    @Test
    void aWorkbookSavedWithAPasswordIsAgileEncryptedAndOpensOnlyWithIt() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (XlsxBook book = XlsxBook.streamed(file, "密码 p@ss", FOOTER)) {
            book.sheet("人员", List.of("姓名", "绩效工资")).row(text("王建国"), number(new BigDecimal("4885.44"),
                    XlsxCell.Format.TWO));
            book.save();
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            assertThat(FileMagic.valueOf(in)).isEqualTo(FileMagic.OLE2);   // not a readable zip any more
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            Decryptor d = Decryptor.getInstance(info);
            assertThat(d.verifyPassword("wrong")).isFalse();
            assertThat(d.verifyPassword("密码 p@ss")).isTrue();
            try (InputStream data = d.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook(data)) {
                assertThat(wb.getSheet("人员").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(4885.44);
            }
        }
    }
}
