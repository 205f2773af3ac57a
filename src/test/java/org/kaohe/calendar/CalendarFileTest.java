package org.kaohe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;

/** Reading shipped calendar files as HR writes them, and refusing the rows a calendar cannot trust. */
class CalendarFileTest {

    private static final Messages ZH = Messages.forLang("zh");

    @TempDir
    Path dir;

    @Test
    void readsWhatExcelWritesBackAndIgnoresOtherFiles() throws Exception {
        write("2027.csv", "\uFEFF日期,类型,名称", "2027/1/1,节假日,元旦", "", ",,", "2027-01-09,WORKDAY,春节");
        Files.writeString(dir.resolve("2028.csv.bak"), "not a calendar");
        Files.writeString(dir.resolve("README.md"), "# calendar");

        WorkCalendar calendar = WorkCalendar.load(dir);

        assertThat(calendar.typeOf(LocalDate.of(2027, 1, 1))).isEqualTo(DayType.HOLIDAY);
        assertThat(calendar.typeOf(LocalDate.of(2027, 1, 9))).isEqualTo(DayType.WORKDAY);
        assertThat(calendar.typeOf(LocalDate.of(2027, 1, 10))).isEqualTo(DayType.RESTDAY);
        assertThat(calendar.workdays(YearMonth.of(2027, 1))).hasSize(21);
    }

    @Test
    void readsAFileWithoutBomAndWithEnglishHeaders() throws Exception {
        write("2027.csv", "date,type", "2027-05-03,休息日");

        assertThat(WorkCalendar.load(dir).typeOf(LocalDate.of(2027, 5, 3))).isEqualTo(DayType.RESTDAY);
    }

    @Test
    void aBadDateNamesFileAndRow() throws Exception {
        write("2027.csv", "\uFEFF日期,类型,名称", "2027-01-01,节假日,元旦", "2027-02-30,节假日,春节");

        assertRefused(3, "官方日历文件 " + file() + " 第 3 行：日期“2027-02-30”无法识别，应写成 2026-10-01 这样的日期");
    }

    @Test
    void anUnknownTypeNamesFileAndRow() throws Exception {
        write("2027.csv", "\uFEFF日期,类型,名称", "2027-01-01,放假,元旦");

        assertRefused(2, "官方日历文件 " + file() + " 第 2 行：类型“放假”无法识别，应为 工作日/WORKDAY, 休息日/RESTDAY, 节假日/HOLIDAY");
    }

    @Test
    void aDateOfAnotherYearNamesFileAndRow() throws Exception {
        write("2027.csv", "\uFEFF日期,类型,名称", "2027-01-01,节假日,元旦", "", "2026-12-31,节假日,元旦");

        assertRefused(4, "官方日历文件 " + file() + " 第 4 行：日期 2026-12-31 不在 2027 年，不能写在 2027.csv 中");
    }

    @Test
    void aDateListedTwiceNamesBothRows() throws Exception {
        write("2027.csv", "\uFEFF日期,类型,名称", "2027-01-01,节假日,元旦", "2027-1-1,工作日,元旦");

        assertRefused(3, "官方日历文件 " + file() + " 第 3 行：日期 2027-01-01 已在第 2 行列出");
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws Exception {
        write("2027.csv", "2027-01-01,节假日,元旦");

        assertRefused(1, "官方日历文件 " + file() + " 第 1 行应是表头“日期,类型,名称”");
    }

    @Test
    void aFileSavedAsGbkIsRefusedWithHowToSaveIt() throws Exception {
        Files.write(dir.resolve("2027.csv"), "日期,类型,名称\r\n2027-01-01,节假日,元旦\r\n".getBytes(Charset.forName("GBK")));

        assertRefused(0, "官方日历文件 " + file()
                + " 不是 UTF-8 编码：请在 Excel 中用“另存为”→“CSV UTF-8(逗号分隔)”重新保存");
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> WorkCalendar.load(missing))
                .isInstanceOfSatisfying(CalendarException.class,
                        e -> assertThat(ZH.get(e.reason())).isEqualTo("找不到官方日历文件夹 " + missing));
    }

    private void assertRefused(long row, String message) {
        assertThatThrownBy(() -> WorkCalendar.load(dir)).isInstanceOfSatisfying(CalendarException.class, e -> {
            assertThat(ZH.get(e.reason())).isEqualTo(message);
            assertThat(e.where()).contains(new SourceRef(file(), "", row));
        });
    }

    private String file() {
        return dir.resolve("2027.csv").toString();
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }
}
