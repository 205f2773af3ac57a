package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaohe.input.CollectingSink.ZH;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

class XlsxInputTest {

    private static final Object[] STAFF_HEADER = {"工号", "姓名", "科室", "绩效基数", "入职日期"};

    @TempDir
    Path dir;

    @Test
    void readsEveryMatchingSheetAndSkipsAnExplanationSheetWithAWarning() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("说明");
            row(notes, 0, "填表说明");
            row(notes, 1, "每个科室一张表");
            Sheet first = wb.createSheet("一科");
            row(first, 0, STAFF_HEADER);
            row(first, 1, 1001, "张三", "一科", 5500.5);
            wb.createSheet("空表");
            Sheet second = wb.createSheet("二科");
            row(second, 0, STAFF_HEADER);
            row(second, 1, 1002, "李四", "二科", 4800);
            save(wb, "staff.xlsx");
        }

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.column("employee_id")).containsExactly("1001", "1002");
        assertThat(sink.column("pay_base")).containsExactly("5500.5", "4800");
        assertThat(sink.sources()).containsExactly(
                new SourceRef("staff.xlsx", "一科", 2), new SourceRef("staff.xlsx", "二科", 2));
        assertThat(sink.warnings).containsExactly(
                "staff.xlsx 工作表“说明”第1行不是花名册的表头（缺少必需的列：工号、姓名、科室、绩效基数），已跳过这个工作表");
        assertThat(sink.warningPlaces).containsExactly(new SourceRef("staff.xlsx", "说明", 1));
    }

    @Test
    void readsNumbersAsPlainDecimalsWhateverTheirDisplayFormat() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            row(sheet, 0, "工号", "姓名", "科室", "绩效基数", "岗位系数");
            Row row = row(sheet, 1, 1001, "张三", "办公室", 5500.5, 0.1 + 0.2);
            row.getCell(0).setCellStyle(style(wb, "000000"));
            row.getCell(3).setCellStyle(style(wb, "#,##0.00"));
            row.getCell(4).setCellStyle(style(wb, "0%"));
            row(sheet, 2, 1.5E7, "李四", "办公室", 1234567.891, 0.000012);
            save(wb, "staff.xlsx");
        }

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.column("employee_id")).containsExactly("1001", "15000000");
        assertThat(sink.column("pay_base")).containsExactly("5500.5", "1234567.891");
        assertThat(sink.column("post_coefficient")).containsExactly("0.3", "0.000012");
    }

    @Test
    void readsDateTimeAndDateTimeCellsAsIsoText() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("十月");
            row(sheet, 0, "工号", "日期", "开始时间", "结束时间", "审批状态");
            Row row = row(sheet, 1, "1001", LocalDate.of(2026, 10, 9), time(8, 5, 0), time(17, 35, 30), "已批准");
            row.getCell(1).setCellStyle(style(wb, "yyyy-mm-dd"));
            row.getCell(2).setCellStyle(style(wb, "h:mm"));
            row.getCell(3).setCellStyle(style(wb, "hh:mm:ss AM/PM"));
            Row chinese = row(sheet, 2, "1002", LocalDate.of(2026, 10, 31), time(0, 0, 0), time(23, 59, 59), "已批准");
            chinese.getCell(1).setCellStyle(builtIn(wb, 31));
            chinese.getCell(2).setCellStyle(builtIn(wb, 32));
            chinese.getCell(3).setCellStyle(builtIn(wb, 56));
            save(wb, "overtime.xlsx");
        }

        CollectingSink sink = read(InputKind.OVERTIME);

        assertThat(sink.column("date")).containsExactly("2026-10-09", "2026-10-31");
        assertThat(sink.column("start")).containsExactly("08:05:00", "00:00:00");
        assertThat(sink.column("end")).containsExactly("17:35:30", "23:59:59");
    }

    @Test
    void readsDateTimeCellsToTheNearestSecond() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("打卡");
            row(sheet, 0, "工号", "打卡时间");
            CellStyle dateTime = style(wb, "yyyy/m/d h:mm");
            Object[] times = {LocalDateTime.of(2026, 10, 9, 8, 5, 30), LocalDateTime.of(2026, 10, 9, 0, 0),
                    LocalDate.of(2026, 10, 9).toEpochDay() + 25569 + time(8, 5, 0) - 3e-6,
                    LocalDate.of(2026, 10, 9).toEpochDay() + 25569 + time(17, 59, 59) + 3e-6};
            for (int i = 0; i < times.length; i++) {
                row(sheet, i + 1, "1001", times[i]).getCell(1).setCellStyle(dateTime);
            }
            Row dateOnly = row(sheet, times.length + 1, "1001", LocalDate.of(2026, 10, 10));
            dateOnly.getCell(1).setCellStyle(style(wb, "yyyy-mm-dd"));
            save(wb, "punches.xlsx");
        }

        CollectingSink sink = read(InputKind.PUNCHES);

        assertThat(sink.column("punch_time")).containsExactly("2026-10-09 08:05:30", "2026-10-09 00:00:00",
                "2026-10-09 08:05:00", "2026-10-09 17:59:59", "2026-10-10");
    }

    @Test
    void readsDatesOfAWorkbookCountingFrom1904() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            Sheet sheet = wb.createSheet("打卡");
            row(sheet, 0, "工号", "打卡时间");
            row(sheet, 1, "1001", LocalDateTime.of(2026, 10, 9, 8, 5)).getCell(1)
                    .setCellStyle(style(wb, "yyyy-mm-dd hh:mm"));
            save(wb, "punches.xlsx");
        }

        assertThat(read(InputKind.PUNCHES).column("punch_time")).containsExactly("2026-10-09 08:05:00");
    }

    @Test
    void fillsTheGapsOfSparseRowsAndFindsTheHeaderBelowEmptyRows() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            row(sheet, 1, "");
            Row header = sheet.createRow(2);
            String[] names = {"工号", "姓名", "科室", "考勤号", "绩效基数"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i + 1).setCellValue(names[i]);
            }
            Row sparse = sheet.createRow(3);
            sparse.createCell(1).setCellValue("1001");
            sparse.createCell(3).setCellValue("办公室");
            sparse.createCell(5).setCellValue(5000);
            row(sheet, 5, null, null, null, "   ");
            Row last = sheet.createRow(6);
            last.createCell(2).setCellValue("李四");
            save(wb, "staff.xlsx");
        }

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.sources()).containsExactly(
                new SourceRef("staff.xlsx", "名单", 4), new SourceRef("staff.xlsx", "名单", 7));
        RawRow first = sink.rows.get(0);
        assertThat(Arrays.asList(first.get("employee_id"), first.get("name"), first.get("section"),
                first.get("device_id"), first.get("pay_base"))).containsExactly("1001", "", "办公室", "", "5000");
        RawRow second = sink.rows.get(1);
        assertThat(Arrays.asList(second.get("employee_id"), second.get("name"), second.get("pay_base")))
                .containsExactly("", "李四", "");
    }

    @Test
    void readsTheCachedValuesOfFormulas() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            row(sheet, 0, "工号", "姓名", "科室", "绩效基数");
            Row row = row(sheet, 1, 0, 0, "办公室", 0);
            row.getCell(0).setCellFormula("1000+1");
            row.getCell(1).setCellFormula("\"张\"&\"三\"");
            row.getCell(3).setCellFormula("5000*1.1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(wb, "staff.xlsx");
        }

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.column("employee_id")).containsExactly("1001");
        assertThat(sink.column("name")).containsExactly("张三");
        assertThat(sink.column("pay_base")).containsExactly("5500");
    }

    @Test
    void warnsOfUnknownColumnsNamingTheSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            row(sheet, 0, "工号", "姓名", "科室", "绩效基数", "备注（人事）");
            row(sheet, 1, "1001", "张三", "办公室", 5000, "试用期");
            save(wb, "staff.xlsx");
        }

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.warnings).containsExactly("staff.xlsx 工作表“名单”第1行的“备注（人事）”列不是花名册的列，已忽略这一列");
        assertThat(sink.rows).hasSize(1);
    }

    @Test
    void rejectsAWorkbookWithoutAMatchingSheetNamingTheFirstNonEmptySheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("封面");
            row(wb.createSheet("名单"), 0, "工号", "姓名", "科室");
            row(wb.createSheet("说明"), 0, "填表说明");
            save(wb, "staff.xlsx");
        }

        CollectingSink sink = new CollectingSink();
        InputFileException e = thrown(sink);

        assertThat(ZH.get(e.reason())).isEqualTo("staff.xlsx 工作表“名单”第1行的表头缺少必需的列：绩效基数");
        assertThat(e.where()).isEqualTo(new SourceRef("staff.xlsx", "名单", 1));
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void rejectsTheSameColumnTwiceInASheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("名单"), 0, "工号", "姓名", "科室", "绩效基数", "姓 名");
            save(wb, "staff.xlsx");
        }

        assertThat(failure()).isEqualTo(
                "staff.xlsx 工作表“名单”第1行的表头中 B 列“姓名”和 E 列“姓 名”是同一列“姓名”，请只保留一列");
    }

    @Test
    void skipsASheetThatRepeatsAColumnButIsNotOfTheKind() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("汇总"), 0, "科室", "姓名", "姓名");
            Sheet staff = wb.createSheet("名单");
            row(staff, 0, STAFF_HEADER);
            row(staff, 1, "1001", "张三", "办公室", 5000);
            save(wb, "staff.xlsx");
        }

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.column("employee_id")).containsExactly("1001");
        assertThat(sink.warnings).containsExactly(
                "staff.xlsx 工作表“汇总”第1行不是花名册的表头（缺少必需的列：工号、绩效基数），已跳过这个工作表");
    }

    @Test
    void rejectsAWorkbookWithOnlyEmptySheets() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            row(wb.createSheet("Sheet2"), 3, "", " ");
            save(wb, "staff.xlsx");
        }

        assertThat(failure()).isEqualTo("staff.xlsx 里没有任何内容，找不到表头行");
    }

    @Test
    void rejectsATextFileRenamedToXlsx() throws Exception {
        Files.writeString(dir.resolve("staff.xlsx"), "工号,姓名,科室,绩效基数\n1001,张三,办公室,5000\n");

        assertThat(failure()).isEqualTo(
                "staff.xlsx 不是有效的 Excel 工作簿（.xlsx），可能已损坏或只是改了扩展名；请用 Excel 或 WPS 打开后另存为 .xlsx");
    }

    @Test
    void rejectsATruncatedWorkbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("名单"), 0, STAFF_HEADER);
            save(wb, "staff.xlsx");
        }
        byte[] whole = Files.readAllBytes(dir.resolve("staff.xlsx"));
        Files.write(dir.resolve("staff.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(failure()).startsWith("staff.xlsx 不是有效的 Excel 工作簿（.xlsx）");
    }

    @Test
    void rejectsAnEncryptedWorkbook() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                row(wb.createSheet("名单"), 0, STAFF_HEADER);
                wb.write(out);
            }
            try (OutputStream file = Files.newOutputStream(dir.resolve("staff.xlsx"))) {
                fs.writeFilesystem(file);
            }
        }

        assertThat(failure()).isEqualTo("staff.xlsx 文件已加密（设有打开密码），请在 Excel 或 WPS 中去掉密码，另存为不加密的 .xlsx");
    }

    @Test
    void rejectsAnOldExcelWorkbookRenamedToXlsx() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("staff.xlsx"))) {
            row(wb.createSheet("名单"), 0, STAFF_HEADER);
            wb.write(out);
        }

        assertThat(failure()).isEqualTo("staff.xlsx 是旧版 Excel 97-2003 工作簿，请用 Excel 或 WPS 打开后另存为 .xlsx 格式");
    }

    @Test
    void letsTheSinksOwnFailurePassUnchanged() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            row(sheet, 0, STAFF_HEADER);
            row(sheet, 1, "1001", "张三", "办公室", 5000);
            save(wb, "staff.xlsx");
        }
        IllegalStateException failure = new IllegalStateException("sink is full");
        RowSink failing = new RowSink() {
            @Override
            public void row(RawRow row) {
                throw failure;
            }

            @Override
            public void rejected(Rejection rejection) {
                throw failure;
            }

            @Override
            public void warning(SourceRef where, Msg message) {
            }
        };

        assertThatThrownBy(() -> new InputFolder(dir).read(InputKind.STAFF, failing)).isSameAs(failure);
    }

    private static double time(int hour, int minute, int second) {
        return (hour * 3600 + minute * 60 + second) / 86400.0;
    }

    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDateTime t) {
                cell.setCellValue(t);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return row;
    }

    private static CellStyle style(XSSFWorkbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    /** A built-in format id with no definition in the file, as Chinese Excel writes 2026年10月9日. */
    private static CellStyle builtIn(XSSFWorkbook wb, int formatId) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat((short) formatId);
        return style;
    }

    private void save(XSSFWorkbook wb, String name) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            wb.write(out);
        }
    }

    private CollectingSink read(InputKind kind) throws InputFileException {
        CollectingSink sink = new CollectingSink();
        new InputFolder(dir).read(kind, sink);
        return sink;
    }

    private InputFileException thrown(CollectingSink sink) {
        return (InputFileException) assertThatThrownBy(() -> new InputFolder(dir).read(InputKind.STAFF, sink))
                .isInstanceOf(InputFileException.class)
                .actual();
    }

    private String failure() {
        return ZH.get(thrown(new CollectingSink()).reason());
    }
}
