package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.attendance.Punch;
import org.kaohe.common.SourceRef;

/** DingTalk (钉钉) attendance workbooks: punches from the 原始记录 sheet under its title and two header rows. */
class DingTalkSheetTest {

    private static final String EXPORT = "钉钉考勤报表_20261001-20261031.xlsx";

    @TempDir
    Path dir;

    /**
     * What DingTalk exports: a summary sheet first; then 原始记录 with a title row, a header whose names stand in
     * row 2 (merged down into row 3) except under the group 打卡信息, whose names are in row 3; every number text.
     */
    private void writeExport(String name, Object[]... data) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            Sheet summary = wb.createSheet("概况");
            cells(summary, 0, "统计日期", "2026-10-01 至 2026-10-31");
            cells(summary, 1, "工号", "姓名", "出勤天数");
            cells(summary, 2, "1023", "张三", "18");
            Sheet sheet = wb.createSheet("原始记录");
            cells(sheet, 0, "原始记录  统计日期：2026-10-01 至 2026-10-31  报表生成时间：2026-11-01 09:12");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            cells(sheet, 1, "姓名", "考勤组", "部门", "工号", "职位", "UserId", "考勤日期", "考勤时间", "打卡信息", null, null);
            cells(sheet, 2, null, null, null, null, null, null, null, null, "打卡时间", "打卡结果", "打卡地址");
            for (int column = 0; column < 8; column++) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 8, 10));
            CellStyle timeOnly = wb.createCellStyle();
            timeOnly.setDataFormat(wb.createDataFormat().getFormat("h:mm"));
            for (int i = 0; i < data.length; i++) {
                Row row = cells(sheet, 3 + i, data[i]);
                Cell time = row.getCell(8);
                if (time != null && time.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    time.setCellStyle(timeOnly);
                }
            }
            wb.createSheet("月度汇总");
            wb.write(out);
        }
    }

    private static Row cells(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double d) {
                row.createCell(i).setCellValue(d);
            } else if (values[i] != null) {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
        return row;
    }

    private static Object[] punch(String name, String id, String date, Object time, String result) {
        return new Object[] {name, "行政考勤组", "办公室", id, "科员", "0123456789", date, date.substring(0, 10) + " 08:00",
            time, result, "某某市人民政府大院"};
    }

    private CollectingSink read() throws InputFileException {
        CollectingSink sink = new CollectingSink();
        new InputFolder(dir).read(InputKind.PUNCHES, sink);
        return sink;
    }

    @Test
    void theRawRecordSheetGivesExactlyThePunchesItHolds() throws Exception {
        writeExport(EXPORT,
                punch("李四", "1024", "2026-10-09 星期五", "08:01", "正常"),
                punch("张三", "1023", "26-10-09 星期五", "2026-10-09 17:45:10", "正常"),
                punch("王五", "2001", "2026-10-09 星期五", null, "未打卡"),
                punch("王五", "2001", "2026-10-10 星期六", (8 * 60 + 31) / 1440.0, "迟到"),
                punch("李四", "1024", "2026-10-09 星期五", "17:40", "补卡审批通过"),
                punch("赵六", "3003", "2026-10-09 星期五", "08:00", "正常"));

        CollectingSink sink = read();

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.warnings).isEmpty();
        assertThat(sink.sources()).containsExactly(new SourceRef(EXPORT, "原始记录", 4), new SourceRef(EXPORT, "原始记录", 5),
                new SourceRef(EXPORT, "原始记录", 7), new SourceRef(EXPORT, "原始记录", 8),
                new SourceRef(EXPORT, "原始记录", 9));
        PunchBinder binder = new PunchBinder(Roster.DIRECTORY);
        List<Punch> punches = new ArrayList<>();
        for (RawRow row : List.of(sink.rows.get(0), sink.rows.get(1), sink.rows.get(2))) {
            punches.add(binder.bind(row));
        }
        assertThat(punches).containsExactly(
                new Punch("1024", LocalDateTime.of(2026, 10, 9, 8, 1), new SourceRef(EXPORT, "原始记录", 4)),
                new Punch("1023", LocalDateTime.of(2026, 10, 9, 17, 45, 10), new SourceRef(EXPORT, "原始记录", 5)),
                new Punch("2001", LocalDateTime.of(2026, 10, 10, 8, 31), new SourceRef(EXPORT, "原始记录", 7)));
        Rejected.assertRejected(binder, sink.rows.get(3), "打卡结果", "补卡审批通过",
                "钉钉的补卡记录不是实际打卡；如已批准，请在请假/公出文件中登记为补卡（每月最多计 3 次）");
        Rejected.assertRejected(binder, sink.rows.get(4), "工号", "3003", "花名册中没有工号或考勤号为 3003 的人");
    }

    @Test
    void aWorkbookWithARawRecordSheetIsPunchesWhateverItsName() throws Exception {
        writeExport(EXPORT, punch("李四", "1024", "2026-10-09", "08:01", "正常"));
        writeExport("punches-钉钉.xlsx", punch("张三", "1023", "2026-10-09", "08:02", "正常"));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("统计.xlsx"))) {
            cells(wb.createSheet("每日统计"), 0, "工号", "打卡时间");
            wb.write(out);
        }
        Files.writeString(dir.resolve("1_attlog.dat"), "    1023\t2026-10-09 08:03:00\t1\t0\t1\t0\r\n");
        Files.writeString(dir.resolve("~$" + EXPORT), "owner");
        InputFolder folder = new InputFolder(dir);

        assertThat(folder.files(InputKind.PUNCHES)).extracting(p -> p.getFileName().toString())
                .containsExactly("1_attlog.dat", "punches-钉钉.xlsx", EXPORT);
        assertThat(folder.unrecognised()).extracting(p -> p.getFileName().toString()).containsExactly("统计.xlsx");
        assertThat(read().column("punch_time")).containsExactly("2026-10-09 08:03:00", "08:02", "08:01");
    }

    @Test
    void theDateAfterWhichDingTalkWritesTheWeekdayIsTakenAlone() {
        assertThat(DingTalkSheet.attendanceDate("2026-10-09 星期五")).isEqualTo("2026-10-09");
        assertThat(DingTalkSheet.attendanceDate("26-10-09 星期五")).isEqualTo("2026-10-09");
        assertThat(DingTalkSheet.attendanceDate("26/10/9 周五")).isEqualTo("2026/10/9");
        assertThat(DingTalkSheet.attendanceDate("2026/10/9")).isEqualTo("2026/10/9");
        assertThat(DingTalkSheet.attendanceDate("2026年10月9日")).isEqualTo("2026年10月9日");
        assertThat(DingTalkSheet.attendanceDate("2026-10-09 08:00")).isEqualTo("2026-10-09 08:00");
    }

    @Test
    void aBareTimeWithoutItsDateIsRejected() throws Exception {
        writeExport(EXPORT, punch("张三", "1023", "          ", "08:01", "正常"));

        RawRow row = read().rows.get(0);

        Rejected.assertRejected(new PunchBinder(Roster.DIRECTORY), row, "打卡时间", "08:01",
                "不是有效的日期时间，请写成 2026-10-09 08:05（日期和时间之间空一格）");
    }

    @Test
    void aRawRecordSheetWithoutTheColumnsInItsFirstRowsCannotBeRead() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(EXPORT))) {
            Sheet sheet = wb.createSheet("原始记录");
            cells(sheet, 0, "原始记录");
            cells(sheet, 1, "姓名", "工号", "考勤日期", "打卡结果");
            for (int i = 2; i < 12; i++) {
                cells(sheet, i, "张三", "1023", "2026-10-09", "正常");
            }
            cells(sheet, 12, "姓名", "工号", "打卡时间");
            wb.write(out);
        }

        assertThatThrownBy(this::read).isInstanceOfSatisfying(InputFileException.class, e -> {
            assertThat(e.where()).isEqualTo(new SourceRef(EXPORT, "原始记录", 10));
            assertThat(CollectingSink.ZH.get(e.reason())).isEqualTo(
                    EXPORT + " 的“原始记录”工作表前 10 行中找不到列：打卡时间，无法读取其中的钉钉打卡记录");
        });
    }
}
