package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;

/**
 * {@link SmallMonth} with 李娜's punches taken off the punches file and written, as the attendance machine writes
 * them, into {@code 1_attlog.dat} under her 考勤号 7, each pressed twice a few seconds apart, between a clock fault
 * and a NUL-padded line: the month's results are exactly those of the punches file.
 */
class DeviceLogRunTest {

    @TempDir
    Path dir;

    @Test
    void aMachinesLogCountsForThePersonWithThat考勤号AndItsBadLinesAreReportedByLine() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        SmallMonth.writeTo(input);
        String staff = Files.readString(input.resolve("staff.csv")).replace("1002,李娜,综合科,1.0,2800.00,,,打卡,否,",
                "1002,李娜,综合科,1.0,2800.00,,,打卡,否,7");
        Files.writeString(input.resolve("staff.csv"), staff);
        List<String> kept = new ArrayList<>();
        int moved = 0;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes("        7\t1971--10--29 -23:-59:-53\t1\t0\t1\t0\r\n".getBytes(StandardCharsets.US_ASCII));
        for (String line : Files.readAllLines(input.resolve("punches.csv"))) {
            if (line.startsWith("1002,")) {
                String minute = line.substring("1002,".length());
                moved++;
                for (String second : new String[] {":07", ":41"}) {
                    log.writeBytes(("        7\t" + minute + second + "\t1\t0\t1\t0\r\n").getBytes(StandardCharsets.US_ASCII));
                }
            } else {
                kept.add(line);
            }
        }
        log.writeBytes(new byte[4096]);
        log.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(input.resolve("punches.csv"), kept);
        assertThat(moved).isEqualTo(33);
        Files.write(input.resolve("1_attlog.dat"), log.toByteArray());
        Path output = dir.resolve("output").resolve("2026-10");

        int exit = Kaohe.execute(new String[] {"run", "--month", "2026-10", "--input", input.toString(), "--output",
            output.toString()});

        assertThat(exit).isEqualTo(ExitCode.DONE);
        assertThat(Files.readAllLines(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8)).contains(
                "1001,张伟,综合科,18.0,18.0,1,0,0,0.0,0.0,0.0,0.0,1.0000,1.00,4.00,2.50,0.00,0.00,0.00,0.00,2.5,0.75,0.00,"
                        + "0.00,93.25,否,好,3203.92",
                "1002,李娜,综合科,18.0,18.0,0,0,0,1.0,0.5,0.0,0.0,0.9167,10.00,0.00,6.00,0.00,0.00,0.00,0.00,0.0,0.00,2.00,"
                        + "0.00,86.00,否,较好,2257.16");
        List<String> rejected = Files.readAllLines(output.resolve("rejected-2026-10.csv"), StandardCharsets.UTF_8);
        assertThat(rejected).hasSize(4);
        // files are read in name order: the log before punches.csv
        assertThat(rejected.get(1)).isEqualTo("1_attlog.dat,,1,打卡时间,1971--10--29 -23:-59:-53,"
                + "不是有效的打卡时间，考勤机的时钟可能出了故障（应为 2026-10-09 08:05:30 这样的时间）");
        // the clock fault, then 李娜's 33 punches twice each: the padding is line 68
        assertThat(rejected.get(2)).isEqualTo("1_attlog.dat,,68,整行,,"
                + "这一行含 4096 个空字符（NUL，未显示），是考勤机存储损坏留下的填充，不是打卡记录（此行共 4096 字节）");
        assertThat(rejected.get(3)).startsWith("punches.csv,,").contains(",工号,1O01,");
    }
}
