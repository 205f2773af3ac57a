package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only the embedded H2 repository of an output root does: one process at a time, and its file's schema. */
class EmbeddedRepositoryTest extends SmallMonthFolderTest {

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
                    + "\"success\") VALUES (99, '7', 'a later kaohe', 'SQL', 'V7__later.sql', 'sa', 1, TRUE)");
        }
        List<Integer> before = counts(url);

        Captured history = Captured.run("history", "--output", root.toString());
        assertThat(history.exitCode()).isEqualTo(1);
        assertThat(history.err()).containsExactly("运行记录的结构版本是 7，由更新版本的 kaohe 写入，本程序只认识到版本 6："
                + "请改用新版本的 kaohe。运行记录未作任何改动");
        Captured rerun = run("--rerun", "--lang", "en");
        assertThat(rerun.exitCode()).isEqualTo(1);
        assertThat(rerun.err()).startsWith("The run history's schema is version 7, written by a newer kaohe; this "
                + "program knows versions up to 6: use the newer kaohe. The run history was left unchanged");
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
}
