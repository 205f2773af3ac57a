package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kaohe.Postgres;

/** What the tests of {@code kaohe history export} and {@code import} do and compare. */
final class HistoryExports {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";

    private HistoryExports() {
    }

    /** Exports the history of {@code root} to {@code to}, which then holds {@code runs} runs. */
    static Path export(Path root, Path to, int runs) {
        Captured export = Captured.run("history", "export", "--to", to.toString(), "--output", root.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).containsExactly("已把 " + runs + " 次运行的记录导出到 " + to.toAbsolutePath()
                + "（说明见其中的 README.md）");
        return to;
    }

    /** Imports the export {@code from} into the empty history of {@code root}; it held {@code runs} runs. */
    static void importInto(Path root, Path from, int runs) {
        Captured imported = Captured.run("history", "import", "--from", from.toString(), "--output", root.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).containsExactly("已从 " + from.toAbsolutePath() + " 导入 " + runs + " 次运行的记录");
    }

    /** A check of a history just imported. */
    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }

    /** Imports the export {@code from} into a new PostgreSQL database, whose history then passes {@code check}. */
    static void importIntoPostgres(Path from, Check check) throws Exception {
        Postgres.newDatabase().useInThisJvm();
        try {
            assertThat(Captured.run("history", "import", "--from", from.toString()).exitCode()).isZero();
            check.run();
        } finally {
            Postgres.Database.stopUsingInThisJvm();
        }
    }

    /**
     * The history of {@code moved} lists the same runs as that of {@code original}, and exporting it again (into
     * {@code again}) writes the files of {@code exported}; returns the listing.
     */
    static List<String> sameHistory(Path original, Path moved, Path exported, Path again) throws IOException {
        List<String> before = listing(original);
        assertThat(listing(moved)).isEqualTo(before);
        assertThat(Captured.run("history", "export", "--to", again.toString(), "--output", moved.toString())
                .exitCode()).isZero();
        assertThat(files(again)).isEqualTo(files(exported));
        return before;
    }

    /** What {@code kaohe history} lists, times blanked. */
    static List<String> listing(Path root) {
        return Captured.run("history", "--output", root.toString()).out().stream()
                .map(l -> l.replaceAll(TIME, "<time>")).toList();
    }

    /** Each file of a folder by name, with its text. */
    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path f : entries.toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
