package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run writes its own log beside the outputs, and nothing personal reaches it at INFO. */
class RunLogTest {

    @TempDir
    Path dir;

    @Test
    void theDemoMonthsLogNamesTheRunButNoPersonNorAnyPay() throws IOException {
        Path output = dir.resolve("2026-10");
        assertThat(Kaohe.execute("run", "--month", "2026-10", "--output", output.toString())).isEqualTo(0);

        List<Path> logs = logs();
        assertThat(logs).hasSize(1);
        assertThat(logs.get(0).getFileName().toString()).matches("kaohe-2026-10-\\d{8}-\\d{6}\\.log");
        String log = Files.readString(logs.get(0), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO", "kaohe run 2026-10 by " + System.getProperty("user.name"),
                "of 2026-10 started", "of 2026-10: 42 people written");
        assertThat(log).doesNotContain("DEBUG", "143150");
        List<String> payroll = Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8);
        for (String row : payroll.subList(1, payroll.size())) {
            String[] cells = row.split(",");
            assertThat(log).as(row).doesNotContain(cells[1]);
            if (!cells[3].equals("0.00")) {
                assertThat(log).as(row).doesNotContain(cells[3]);
            }
        }
    }

    @Test
    void aFailedRunKeepsItsLogWhileNothingElseIsWritten() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(input.resolve("staff.csv"), "工号,姓名\n");
        Path output = dir.resolve("2026-10");
        Captured c = Captured.run("run", "--month", "2026-10", "--input", input.toString(), "--output",
                output.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        List<Path> logs = logs();
        assertThat(logs).hasSize(1);
        assertThat(c.err()).endsWith("本次运行的日志：" + logs.get(0).toAbsolutePath());
        assertThat(Files.readString(logs.get(0), StandardCharsets.UTF_8)).contains("kaohe run 2026-10 by");
        assertThat(output).doesNotExist();
    }

    private List<Path> logs() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            return files.toList();
        }
    }
}
