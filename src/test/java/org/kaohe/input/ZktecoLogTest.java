package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.kaohe.Reference;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.attendance.Punch;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;
import org.kaohe.staff.StaffDirectory;

/** ZKTeco attendance logs as they come off the machine: the real device's log and its corrupt lines, and synthetic damage. */
class ZktecoLogTest {

    /** The real device's month of punches, from the shared reference folder. */
    static final String REAL_LOG = "zkteco/zkteco_1_attlog_2019-09-23_to_2019-10-20.dat";
    /** Its 1,971 lines written while the device's clock was wrong. */
    static final String CLOCK_FAULT_LOG = "zkteco/zkteco_1_attlog_dirty_1971_lines.dat";

    private static final String BAD_TIME = "不是有效的打卡时间，考勤机的时钟可能出了故障（应为 2026-10-09 08:05:30 这样的时间）";

    @TempDir
    Path dir;

    private static CollectingSink read(Path log) throws InputFileException {
        CollectingSink sink = new CollectingSink();
        ZktecoLog.read(log, sink);
        return sink;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void theRealDevicesLogIsReadLineByLineWithNothingRejected() throws Exception {
        CollectingSink sink = read(Reference.file(REAL_LOG));

        assertThat(sink.rows).hasSize(1211);
        assertThat(sink.rejections).isEmpty();
        assertThat(sink.warnings).isEmpty();
        RawRow first = sink.rows.get(0);
        assertThat(first.source()).isEqualTo(new SourceRef("zkteco_1_attlog_2019-09-23_to_2019-10-20.dat", "", 1));
        assertThat(List.of(first.get("employee_id"), first.get("punch_time"), first.get("device")))
                .containsExactly("501", "2019-09-23 06:50:19", "1");
        RawRow last = sink.rows.get(1210);
        assertThat(last.source().row()).isEqualTo(1211);
        assertThat(List.of(last.get("employee_id"), last.get("punch_time"))).containsExactly("69", "2019-10-19 13:01:03");
        assertThat(sink.column("employee_id")).doesNotContain("").allMatch(n -> n.equals(n.strip()));
        assertThat(sink.column("employee_id").stream().distinct()).hasSize(89);
        // the 国庆 holiday week is nearly empty, the 调休 working Saturday 10-12 is full
        Map<String, Long> perDay = new TreeMap<>();
        sink.column("punch_time").forEach(t -> perDay.merge(t.substring(0, 10), 1L, Long::sum));
        assertThat(perDay).containsEntry("2019-10-01", 1L).containsEntry("2019-10-03", 1L)
                .containsEntry("2019-10-12", 63L).containsEntry("2019-10-08", 79L).hasSize(21);
    }

    @Test
    void everyLineOfAClockFaultIsRejectedWithItsLineNumberAndTime() throws Exception {
        CollectingSink sink = read(Reference.file(CLOCK_FAULT_LOG));

        assertThat(sink.rows).isEmpty();
        assertThat(sink.rejections)
                .extracting(r -> r.source().file(), r -> r.source().row(), Rejection::column, Rejection::value,
                        r -> CollectingSink.ZH.get(r.reason()))
                .containsExactly(
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 1L, "打卡时间", "1971--10--29 -23:-59:-53", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 2L, "打卡时间", "1971--10--29 -22:-47:-55", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 3L, "打卡时间", "1971--10--29 -12:-5:-2", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 4L, "打卡时间", "1971--10--29 -2:-1:-15", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 5L, "打卡时间", "1971--10--29 -1:-49:-39", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 6L, "打卡时间", "1971--10--29 -1:-41:-19", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 7L, "打卡时间", "1971--10--29 -1:-41:-12", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 8L, "打卡时间", "1971--10--29 -1:-41:-6", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 9L, "打卡时间", "1971--10--29 -1:-39:-25", BAD_TIME),
                        tuple("zkteco_1_attlog_dirty_1971_lines.dat", 10L, "打卡时间", "1971--10--29 -1:-36:-59", BAD_TIME));
    }

    @Test
    void theReasonsReadInEnglishToo() {
        assertThat(Rejected.EN.get(Msg.of("device.bad_time"))).isEqualTo(
                "Not a valid punch time; the clock of the machine may have failed (expected a time like 2026-10-09 08:05:30)");
        assertThat(Rejected.EN.get(Reasons.unknownPuncher("143", Optional.empty())))
                .isEqualTo("Nobody on the staff roster has the 工号 or 考勤号 143");
    }

    @Test
    void aNulPaddedLineIsRejectedShowingWhatItHoldsBesidesTheNuls() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes("      501\t2026-10-09 07:58:01\t1\t0\t1\t0\r\n".getBytes(StandardCharsets.US_ASCII));
        // the real device's log holds a 311,088-byte line: NUL padding, then a record
        byte[] padding = new byte[311_051];
        log.writeBytes(padding);
        log.writeBytes("      542\t2026-10-09 08:02:18\t1\t1\t0\t0\r\n".getBytes(StandardCharsets.US_ASCII));
        log.writeBytes("       68\t2026-10-09 08:18:59\t1\t0\t1\t0\r\n".getBytes(StandardCharsets.US_ASCII));

        CollectingSink sink = read(write("1_attlog.dat", log.toByteArray()));

        assertThat(sink.sources()).extracting(SourceRef::row).containsExactly(1L, 3L);
        assertThat(sink.column("employee_id")).containsExactly("501", "68");
        assertThat(sink.rejections).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(new SourceRef("1_attlog.dat", "", 2));
            assertThat(r.column()).isEqualTo("整行");
            assertThat(r.value()).isEqualTo("      542\t2026-10-09 08:02:18\t1\t1\t0\t0");
            assertThat(CollectingSink.ZH.get(r.reason())).isEqualTo(
                    "这一行含 311051 个空字符（NUL，未显示），是考勤机存储损坏留下的填充，不是打卡记录（此行共 311088 字节）");
        });
    }

    @Test
    void binaryGarbageAndLinesOfNoRecordShapeAreRejectedAsWholeLines() throws Exception {
        byte[] garbage = {(byte) 0x8F, 0x03, (byte) 0xE9, 'A', 0x1B, '\t', (byte) 0xFF};
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes(garbage);
        log.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        log.writeBytes("501 2026-10-09 07:58:01 1 0 1 0\r\n".getBytes(StandardCharsets.US_ASCII));
        log.writeBytes(("501\t2026-10-09 07:58:01\t" + "1\t".repeat(60) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        log.writeBytes("501\t2026-10-09 07:58\r01\t1\r\n".getBytes(StandardCharsets.US_ASCII));
        log.writeBytes("      501\t2026-10-09 07:58:01\t1\t0\t1\t0\r\n".getBytes(StandardCharsets.US_ASCII));

        CollectingSink sink = read(write("2_attlog.dat", log.toByteArray()));

        assertThat(sink.sources()).extracting(SourceRef::row).containsExactly(5L);
        assertThat(sink.rejections)
                .extracting(r -> r.source().row(), Rejection::column, r -> CollectingSink.ZH.get(r.reason()))
                .containsExactly(
                        tuple(1L, "整行", notARecord(7)),
                        tuple(2L, "整行", notARecord(31)),
                        tuple(3L, "整行", notARecord(144)),
                        tuple(4L, "整行", notARecord(25)));
        assertThat(sink.rejections.get(0).value()).isEqualTo("\uFFFD\u0003\uFFFDA\u001B\t\uFFFD");
        assertThat(sink.rejections.get(2).value()).hasSize(120).startsWith("501\t2026-10-09 07:58:01\t1\t1\t");
        assertThat(sink.rejections.get(3).value()).isEqualTo("501\t2026-10-09 07:58\r01\t1");
    }

    private static String notARecord(int bytes) {
        return "不是考勤机的打卡记录（应为用制表符分开的考勤号、打卡时间、设备等），可能是文件损坏（此行共 " + bytes + " 字节）";
    }

    @Test
    void impossibleMomentsAreRejectedAndRealOnesKept() throws Exception {
        String[] times = {"2019-02-29 08:00:00", "2020-02-29 08:00:00", "2026-10-09 24:00:00", "2026-10-09 23:59:59",
            "2026-13-01 08:00:00", "2026-04-31 08:00:00", "2026-10-09 08:60:00", "2026-10-09 08:00:60",
            "2026-10-09 8:00:00", "2026/10/09 08:00:00", "2026-10-09T08:00:00", "0000-01-01 00:00:00"};
        StringBuilder log = new StringBuilder();
        for (String t : times) {
            log.append("1\t").append(t).append("\t1\t0\t1\t0\r\n");
        }

        CollectingSink sink = read(write("1_attlog.dat", log.toString()));

        assertThat(sink.column("punch_time"))
                .containsExactly("2020-02-29 08:00:00", "2026-10-09 23:59:59", "0000-01-01 00:00:00");
        assertThat(sink.rejections).extracting(Rejection::value).containsExactly("2019-02-29 08:00:00",
                "2026-10-09 24:00:00", "2026-13-01 08:00:00", "2026-04-31 08:00:00", "2026-10-09 08:60:00",
                "2026-10-09 08:00:60", "2026-10-09 8:00:00", "2026/10/09 08:00:00", "2026-10-09T08:00:00");
        assertThat(sink.rejections).extracting(Rejection::column).containsOnly("打卡时间");
    }

    @Test
    void crlfLfABomBlankLinesAndAMissingLastLineEndAllRead() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String lines = "    1\t2026-10-09 07:58:01\t1\t0\t1\t0\r\n"
                + "    2\t2026-10-09 07:59:01\t2\t0\t1\t0\n"
                + "\r\n"
                + "   \t \n"
                + "    3\t2026-10-09 08:00:01\r\n"
                + "    4\t2026-10-09 08:01:01\t3\t1\t15\t0";
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes(bom);
        log.writeBytes(lines.getBytes(StandardCharsets.US_ASCII));

        CollectingSink sink = read(write("1_attlog.dat", log.toByteArray()));

        assertThat(sink.rejections).isEmpty();
        assertThat(sink.column("employee_id")).containsExactly("1", "2", "3", "4");
        assertThat(sink.column("device")).containsExactly("1", "2", "", "3");
        assertThat(sink.sources()).extracting(SourceRef::row).containsExactly(1L, 2L, 5L, 6L);
    }

    @Test
    void aLogWithNoRecordIsAnEmptyFile() throws Exception {
        Path empty = write("1_attlog.dat", "\r\n\r\n");

        assertThatThrownBy(() -> read(empty)).isInstanceOfSatisfying(InputFileException.class,
                e -> assertThat(CollectingSink.ZH.get(e.reason())).isEqualTo("1_attlog.dat 里没有任何内容，找不到表头行"));
    }

    @Test
    void aSpacePaddedNumberFindsThePersonByTheir考勤号OrTheir工号() throws Exception {
        Path log = write("1_attlog.dat", "       88\t2026-10-09 08:01:02\t1\t0\t1\t0\r\n"
                + "     1023\t2026-10-09 08:03:04\t1\t0\t1\t0\r\n"
                + "      143\t2026-10-09 08:05:06\t1\t0\t1\t0\r\n");
        CollectingSink sink = read(log);
        PunchBinder binder = new PunchBinder(Roster.DIRECTORY);

        assertThat(binder.bind(sink.rows.get(0))).isEqualTo(new Punch(Roster.LI.id(),
                LocalDateTime.of(2026, 10, 9, 8, 1, 2), new SourceRef("1_attlog.dat", "", 1)));
        assertThat(binder.bind(sink.rows.get(1)).employeeId()).isEqualTo(Roster.ZHANG.id());
        Rejected.assertRejected(binder, sink.rows.get(2), "考勤号", "143", "花名册中没有工号或考勤号为 143 的人");
    }

    @Test
    void everyRecordOfTheRealLogBindsToThePersonWithThatNumber() throws Exception {
        CollectingSink sink = read(Reference.file(REAL_LOG));
        List<String> numbers = sink.column("employee_id").stream().distinct().toList();
        PunchBinder binder = new PunchBinder(new StaffDirectory(numbers.stream()
                .map(n -> new Staff("E" + n, "员工" + n, "办公室", BigDecimal.ONE, BigDecimal.TEN, null, null,
                        Clocking.CLOCK, false, n, false, new SourceRef("staff.csv", "", 2)))
                .toList()));
        long bound = 0;
        for (RawRow row : sink.rows) {
            Punch p = binder.bind(row);
            assertThat(p.employeeId()).isEqualTo("E" + row.get("employee_id"));
            bound++;
        }
        assertThat(bound).isEqualTo(1211);
        assertThat(Arrays.asList(binder.bind(sink.rows.get(20)).time(), binder.bind(sink.rows.get(23)).time()))
                .containsExactly(LocalDateTime.of(2019, 9, 23, 8, 45, 6), LocalDateTime.of(2019, 9, 23, 8, 45, 21));
    }
}
