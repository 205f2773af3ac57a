package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaohe.SmallMonth;

/** {@code kaohe history}: every run of an output root, oldest first, in the user's language. */
class HistoryCommandTest extends SmallMonthFolderTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";

    @Test
    void listsEachRunWithItsMonthStatusPeoplePoolUserAndInputChecksums() throws Exception {
        Path root = output.getParent();
        assertThat(Captured.run("history", "--output", root.toString()).out())
                .containsExactly("还没有运行记录（" + root.toAbsolutePath().resolve(".kaohe") + "）");

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
                "运行记录结构版本：3",
                "编号  月份     开始时间             方式  状态  人数  奖金池（元）  运行人" + headerPad + "  输入文件（SHA-256 前 8 位）",
                "1     2026-10  <time>  计算  完成  4     9000.00       " + user + pad + "  " + first,
                "2     2026-10  <time>  重算  失败  —     —             " + user + pad + "  " + failed);

        Captured en = Captured.run("history", "--output", root.toString(), "--lang", "en", "--month", "2026-10");
        assertThat(en.out().stream().map(l -> l.replaceAll(TIME, "<time>")).toList()).containsExactly(
                "Run history schema version: 3",
                "Run  Month    Started              Kind   Status     People  Pool (yuan)  Run by" + headerPad
                        + "  Input files (first 8 of SHA-256)",
                "1    2026-10  <time>  run    completed  4       9000.00      " + user + pad + "  " + first,
                "2    2026-10  <time>  rerun  failed     —       —            " + user + pad + "  " + failed);
    }

    @Test
    void whileARunHoldsTheRepositoryHistoryAsksToWait() throws Exception {
        Path root = output.getParent();
        assertThat(run().exitCode()).isEqualTo(0);
        try (FileChannel channel = FileChannel.open(root.resolve(".kaohe").resolve("jobs.mv.db"),
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Captured c = Captured.run("history", "--output", root.toString());
            assertThat(c.exitCode()).isEqualTo(1);
            assertThat(c.err()).containsExactly("运行记录正被另一个窗口中的运行使用，请等它结束后再查看");
        }
    }

    @Test
    void aRepositoryOfANewerSchemaIsRefusedAndLeftUnchanged() throws Exception {
        Path root = output.getParent();
        assertThat(run().exitCode()).isEqualTo(0);
        String url = "jdbc:h2:file:" + root.resolve(".kaohe").resolve("jobs").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", "
                    + "\"success\") VALUES (99, '4', 'a later kaohe', 'SQL', 'V4__later.sql', 'sa', 1, TRUE)");
        }
        List<Integer> before = counts(url);

        Captured history = Captured.run("history", "--output", root.toString());
        assertThat(history.exitCode()).isEqualTo(1);
        assertThat(history.err()).containsExactly("运行记录的结构版本是 4，由更新版本的 kaohe 写入，本程序只认识到版本 3："
                + "请改用新版本的 kaohe。运行记录未作任何改动");
        Captured rerun = run("--rerun", "--lang", "en");
        assertThat(rerun.exitCode()).isEqualTo(1);
        assertThat(rerun.err()).startsWith("The run history's schema is version 4, written by a newer kaohe; this "
                + "program knows versions up to 3: use the newer kaohe. The run history was left unchanged");
        assertThat(counts(url)).isEqualTo(before).startsWith(1);
    }

    /** The runs, and the migrations applied. */
    private static List<Integer> counts(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM KAOHE_RUN), "
                     + "(SELECT COUNT(*) FROM \"flyway_schema_history\")")) {
            assertThat(rs.next()).isTrue();
            return List.of(rs.getInt(1), rs.getInt(2));
        }
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
