package org.kaohe;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A real PostgreSQL server for the tests that must hold on it as on H2: {@code KAOHE_TEST_POSTGRES_URL} (a server
 * URL ending in "/", with {@code KAOHE_TEST_POSTGRES_USER} and {@code KAOHE_TEST_POSTGRES_PASSWORD}) when set,
 * otherwise one started for the test run from the PostgreSQL binaries installed on the machine (the OS package:
 * {@code pg_ctl} on the PATH or under /usr/lib/postgresql), run as the {@code postgres} user when the tests run as
 * root, which PostgreSQL refuses. Without either, a developer's run skips these tests, but CI (which sets
 * {@code KAOHE_REQUIRE_POSTGRES}, and installs the package in {@code .ci/run}) fails them.
 */
public final class Postgres {

    private static final String USER = "kaohe";
    private static String server;
    private static int databases;

    private Postgres() {
    }

    /** A database kaohe can run on: the URL and the login, as SPRING_DATASOURCE_* give them. */
    public record Database(String url, String user, String password) {

        /** The environment of a kaohe process that uses this database. */
        public Map<String, String> environment() {
            return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user,
                    "SPRING_DATASOURCE_PASSWORD", password);
        }

        /** Makes the kaohe commands run in this JVM use this database, as the environment would. */
        public void useInThisJvm() {
            System.setProperty("spring.datasource.url", url);
            System.setProperty("spring.datasource.username", user);
            System.setProperty("spring.datasource.password", password);
        }

        public static void stopUsingInThisJvm() {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.username");
            System.clearProperty("spring.datasource.password");
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** A new empty database with Spring Batch's tables, as an office sets one up for kaohe (see README). */
    public static synchronized Database newDatabase() throws Exception {
        String base = server();
        String user = Optional.ofNullable(System.getenv("KAOHE_TEST_POSTGRES_USER")).orElse(USER);
        String password = Optional.ofNullable(System.getenv("KAOHE_TEST_POSTGRES_PASSWORD")).orElse("");
        String name = "kaohe_test_" + ProcessHandle.current().pid() + "_" + ++databases;
        try (Connection c = DriverManager.getConnection(base + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        }
        Database database = new Database(base + name, user, password);
        return withBatchTables(database);
    }

    /** Spring Batch's own tables, as it ships them (README: SPRING_BATCH_JDBC_INITIALIZE_SCHEMA on the first run). */
    private static Database withBatchTables(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            ScriptUtils.executeSqlScript(c,
                    new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"));
        }
        return database;
    }

    private static String server() throws Exception {
        if (server == null) {
            String configured = System.getenv("KAOHE_TEST_POSTGRES_URL");
            server = configured != null ? configured : start();
        }
        return server;
    }

    private static String start() throws Exception {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String why = "no PostgreSQL server for the tests: set KAOHE_TEST_POSTGRES_URL or install the postgresql "
                    + "package (pg_ctl on the PATH or under /usr/lib/postgresql)";
            if (System.getenv("KAOHE_REQUIRE_POSTGRES") != null) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("kaohe-postgres");
        if (root) {
            run(List.of("chown", "postgres", data.toString()));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path pgCtl = bin.get().resolve("pg_ctl");
        run(as(root, List.of(bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A",
                "trust", "-E", "UTF8", "--locale=C")));
        run(as(root, List.of(pgCtl.toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + " -c fsync=off", "start")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(as(root, List.of(pgCtl.toString(), "-D", data.toString(), "-m", "immediate", "stop")));
                run(List.of("rm", "-rf", data.toString()));
            } catch (IOException | InterruptedException e) {
                e.printStackTrace();
            }
        }));
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    private static Optional<Path> binaries() throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            candidates.add(Path.of(dir));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted().map(v -> v.resolve("bin")).forEach(candidates::add);
            }
        }
        return candidates.stream().filter(d -> Files.isExecutable(d.resolve("pg_ctl"))
                && Files.isExecutable(d.resolve("initdb"))).map(Postgres::real).findFirst();
    }

    /** /usr/local/bin/pg_ctl may be a link: initdb finds postgres beside the real file. */
    private static Path real(Path bin) {
        try {
            return bin.resolve("pg_ctl").toRealPath().getParent();
        } catch (IOException e) {
            return bin;
        }
    }

    private static List<String> as(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asPostgres.addAll(command);
        return asPostgres;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
