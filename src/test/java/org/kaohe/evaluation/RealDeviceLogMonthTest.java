package org.kaohe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kaohe.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.input.InputKind;

/**
 * October 2019 evaluated from the real ZKTeco device's log and its clock-fault lines, both linked into the month
 * folder from the shared reference (never copied). The roster gives the 89 people who punched a 工号 "E" + their
 * machine number as 考勤号. The log ends on 10-19, so the month's calendar (2019 ships none) has the official
 * holidays 10-01..07, the 调休 working Saturday 10-12, and makes 10-19..31 rest days: 10 working days.
 *
 * <p>The expected counts were worked out apart from Kaohe (a short script over the log applying SPEC §3.1–3.2 to
 * 08:00–17:30: IN the earliest punch in [05:00, 12:45), OUT the latest in [12:45, 23:30], late/early whole minutes
 * over 5, up to 30 one occurrence, up to 180 half a day of 旷工, beyond one day). 523 punched 97 times, often
 * several times within seconds (08:45:06, 08:45:11, 08:45:16, 08:45:21 on 09-23): each boundary still counts once.
 */
class RealDeviceLogMonthTest {

    private static final List<String> NUMBERS = Arrays.asList(("6 8 12 24 40 41 43 48 50 52 58 59 62 63 68 69 72 74 79 "
            + "81 116 123 137 140 141 142 143 155 173 205 228 301 302 303 305 306 311 312 313 314 315 316 317 320 501 "
            + "504 506 510 511 512 515 518 520 522 523 528 534 536 537 542 547 550 551 553 559 561 564 566 567 570 572 "
            + "573 574 577 578 579 580 581 583 586 588 589 591 592 593 595 596 598 599").split(" "));
    private static final Set<Integer> HOLIDAYS = Set.of(1, 2, 3, 4, 5, 6, 7);

    @TempDir
    Path dir;

    @Test
    void theRealLogsPunchesCountForTheRightPeopleAndItsClockFaultsAreRejectedByLine() throws Exception {
        Files.createSymbolicLink(dir.resolve("1_attlog.dat"),
                Reference.file("zkteco/zkteco_1_attlog_2019-09-23_to_2019-10-20.dat"));
        Files.createSymbolicLink(dir.resolve("2_attlog.dat"), Reference.file("zkteco/zkteco_1_attlog_dirty_1971_lines.dat"));
        writeStaffAndCalendar();

        MonthlyEvaluation month = MonthlyEvaluation.open(YearMonth.of(2019, 10), Path.of("jobs/rules.yml"), dir);
        month.readAll();
        month.checkInputs(InputKind.values());
        month.evaluateAttendance();
        month.score();
        month.pay();

        assertThat(month.warnings()).isEmpty();
        InputTally punches = month.tallies().stream().filter(t -> t.kind() == InputKind.PUNCHES).findFirst().orElseThrow();
        assertThat(punches.files()).extracting(p -> p.getFileName().toString()).containsExactly("1_attlog.dat", "2_attlog.dat");
        assertThat(punches.accepted()).isEqualTo(1211);
        assertThat(punches.rejected()).isEqualTo(10);
        Messages zh = Messages.forLang("zh");
        assertThat(month.rejections()).hasSize(10).allSatisfy(r -> {
            assertThat(r.source().file()).isEqualTo("2_attlog.dat");
            assertThat(r.column()).isEqualTo("打卡时间");
            assertThat(r.value()).startsWith("1971--10--29 -");
            assertThat(zh.get(r.reason())).startsWith("不是有效的打卡时间，考勤机的时钟可能出了故障");
        });
        assertThat(month.rejections()).extracting(r -> r.source().row()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

        List<PersonResult> results = month.results();
        assertThat(results).hasSize(89);
        assertThat(results.stream().mapToInt(r -> r.attendance().late()).sum()).isEqualTo(42);
        assertThat(results.stream().mapToInt(r -> r.attendance().early()).sum()).isZero();
        assertThat(results.stream().mapToInt(r -> r.attendance().missing()).sum()).isEqualTo(385);
        assertThat(results.stream().map(r -> r.attendance().absentDays()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("518.5");
        assertCounts(results, "E523", 1, 10, "4.5");
        assertCounts(results, "E173", 3, 4, "2");
        assertCounts(results, "E512", 1, 1, "2");
        assertCounts(results, "E547", 0, 0, "10");
        assertThat(result(results, "E523").attendance().workdays()).isEqualTo(10);
    }

    private static void assertCounts(List<PersonResult> results, String id, int late, int missing, String absent) {
        PersonResult r = result(results, id);
        assertThat(r.attendance().late()).as(id + " 迟到").isEqualTo(late);
        assertThat(r.attendance().missing()).as(id + " 缺卡").isEqualTo(missing);
        assertThat(r.attendance().absentDays()).as(id + " 旷工").isEqualByComparingTo(absent);
    }

    private static PersonResult result(List<PersonResult> results, String id) {
        return results.stream().filter(r -> r.staff().id().equals(id)).findFirst().orElseThrow();
    }

    private void writeStaffAndCalendar() throws IOException {
        List<String> staff = new ArrayList<>(List.of("工号,姓名,科室,绩效基数,考勤号"));
        NUMBERS.forEach(n -> staff.add("E" + n + ",员工" + n + ",办公室,3000.00," + n));
        Files.write(dir.resolve("staff.csv"), staff, StandardCharsets.UTF_8);
        List<String> calendar = new ArrayList<>(List.of("日期,类型"));
        for (int day = 1; day <= 31; day++) {
            LocalDate date = LocalDate.of(2019, 10, day);
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            String type = HOLIDAYS.contains(day) ? "节假日" : day == 12 ? "工作日" : weekend || day >= 19 ? "休息日" : "工作日";
            calendar.add(date + "," + type);
        }
        Files.write(dir.resolve("calendar.csv"), calendar, StandardCharsets.UTF_8);
    }
}
