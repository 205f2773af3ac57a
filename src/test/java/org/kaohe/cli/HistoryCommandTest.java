package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaohe.SmallMonth;

/**
 * {@code kaohe history}: every run of an output root, oldest first, in the user's language (on the embedded
 * repository here, on PostgreSQL in {@link PostgresHistoryCommandTest}).
 */
class HistoryCommandTest extends SmallMonthFolderTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";

    @Test
    void listsEachRunWithItsMonthStatusPeoplePoolUserAndInputChecksums() throws Exception {
        Path root = output.getParent();
        assertThat(Captured.run("history", "--output", root.toString()).out())
                .endsWith("还没有运行记录（" + root.toAbsolutePath().resolve(".kaohe") + "）");

        assertThat(run().exitCode()).isEqualTo(0);
        String first = checksums(input);
        SmallMonth.write(input, "leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "9999,事假,2026-10-14 08:00,2026-10-14 12:00,已批准,张伟");
        assertThat(run("--rerun").exitCode()).isEqualTo(1);
        String failed = checksums(input);

        Captured c = Captured.run("history", "--output", root.toString());
        assertThat(c.exitCode()).isEqualTo(0);
        String user = System.getProperty("user.name");
        int userColumn = Math.max(6, user.length());
        String headerPad = " ".repeat(userColumn - 6);
        String pad = " ".repeat(userColumn - user.length());
        List<String> lines = c.out().stream().map(l -> l.replaceAll(TIME, "<time>")).toList();
        assertThat(lines).containsExactly(
                "运行记录结构版本：6",
                "编号  月份     开始时间             方式  状态  人数  奖金池（元）  运行人" + headerPad + "  输入文件（SHA-256 前 8 位）",
                "1     2026-10  <time>  计算  完成  4     9000.00       " + user + pad + "  " + first,
                "2     2026-10  <time>  重算  失败  —     —             " + user + pad + "  " + failed);

        Captured en = Captured.run("history", "--output", root.toString(), "--lang", "en", "--month", "2026-10");
        assertThat(en.out().stream().map(l -> l.replaceAll(TIME, "<time>")).toList()).containsExactly(
                "Run history schema version: 6",
                "Run  Month    Started              Kind   Status     People  Pool (yuan)  Run by" + headerPad
                        + "  Input files (first 8 of SHA-256)",
                "1    2026-10  <time>  run    completed  4       9000.00      " + user + pad + "  " + first,
                "2    2026-10  <time>  rerun  failed     —       —            " + user + pad + "  " + failed);
    }

    /** "calendar/2024.csv 83e69e53, …, staff.csv 1a2b3c4d": what history shows of a month's inputs. */
    private static String checksums(Path input) throws IOException, NoSuchAlgorithmException {
        List<String> files = new ArrayList<>();
        for (Path f : list(Path.of("jobs/calendar"))) {
            if (f.getFileName().toString().endsWith(".csv")) {
                files.add("calendar/" + f.getFileName() + " " + sha(f));
            }
        }
        for (Path f : list(input)) {
            files.add(f.getFileName() + " " + sha(f));
        }
        files.add("rules.yml " + sha(Path.of("jobs/rules.yml")));
        return String.join(", ", files.stream().sorted().toList());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String sha(Path file) throws IOException, NoSuchAlgorithmException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()))
                    .substring(0, 8);
        }
    }
}
