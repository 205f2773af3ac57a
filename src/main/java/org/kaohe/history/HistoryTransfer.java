package org.kaohe.history;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180Parser;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.kaohe.common.Folders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The run history as plain CSV files, one per table, and back: a backup HR can keep, and the way to move an office
 * from the embedded database to PostgreSQL. UTF-8 without BOM, a header of column names, an empty cell for NULL,
 * times as ISO local date-times; {@code README.md} beside them says what each column holds. An import goes into an
 * empty history, all of it or nothing.
 */
@Component
public class HistoryTransfer {

    /**
     * A file of the export and the table it comes from; {@code later} for the tables exported since the year's
     * (an export written before has no such file, and its import leaves the table empty).
     */
    private record Table(String file, String table, String export, boolean later) {

        Table(String file, String table, String export) {
            this(file, table, export, false);
        }
    }

    private static final List<Table> TABLES = List.of(
            new Table("runs.csv", "KAOHE_RUN", "SELECT r.RUN_ID, r.RUN_MONTH, r.STARTED_AT, r.RUN_BY, r.RERUN, "
                    + "r.PEOPLE, r.POOL, " + RunHistory.STATUS + " AS RECORDED_STATUS FROM KAOHE_RUN r "
                    + "LEFT JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID ORDER BY r.RUN_ID"),
            new Table("run-inputs.csv", "KAOHE_RUN_INPUT",
                    "SELECT * FROM KAOHE_RUN_INPUT ORDER BY RUN_ID, FILE_NAME"),
            new Table("violations.csv", "KAOHE_RUN_VIOLATIONS",
                    "SELECT * FROM KAOHE_RUN_VIOLATIONS ORDER BY RUN_ID, DONT_LET, SECTION"),
            new Table("person-results.csv", "KAOHE_PERSON_RESULT",
                    "SELECT * FROM KAOHE_PERSON_RESULT ORDER BY RUN_ID, EMPLOYEE_ID"),
            new Table("veto-causes.csv", "KAOHE_VETO_CAUSE",
                    "SELECT * FROM KAOHE_VETO_CAUSE ORDER BY RUN_ID, EMPLOYEE_ID, SEQ", true),
            new Table("year-runs.csv", "KAOHE_YEAR_RUN", "SELECT r.RUN_ID, r.RUN_YEAR, r.STARTED_AT, r.RUN_BY, "
                    + "r.RERUN, r.MONTH_RUNS, r.FINGERPRINT, r.PEOPLE, " + RunHistory.STATUS + " AS RECORDED_STATUS "
                    + "FROM KAOHE_YEAR_RUN r LEFT JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.RUN_ID "
                    + "ORDER BY r.RUN_ID", true),
            new Table("year-people.csv", "KAOHE_YEAR_PERSON",
                    "SELECT * FROM KAOHE_YEAR_PERSON ORDER BY RUN_ID, EMPLOYEE_ID", true));

    /** Month runs and year runs: both are runs of the history, numbered by their job execution ids. */
    private static final String RUN_COUNT = "SELECT (SELECT COUNT(*) FROM KAOHE_RUN) + (SELECT COUNT(*) FROM "
            + "KAOHE_YEAR_RUN)";

    static final String README = "README.md";
    private static final int FETCH = 1000;

    /** The place to write or load already holds something: an export folder with files, a history with runs. */
    public static final class NotEmptyException extends Exception {

        NotEmptyException() {
            super("not empty");
        }
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public HistoryTransfer(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH);
    }

    /**
     * Writes every table into {@code folder}, which must not exist yet or be empty; returns the number of runs. The
     * files are written into a folder beside it and moved into place at the end, so a failed export leaves none;
     * they are read in one read-only transaction, so they agree with each other while runs go on, and so that
     * PostgreSQL streams the rows instead of holding a year of people in memory.
     */
    public int exportTo(Path folder) throws IOException, NotEmptyException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new NotEmptyException();
                }
            }
        }
        Path staging = folder.toAbsolutePath().resolveSibling(folder.getFileName() + ".exporting");
        Folders.deleteTree(staging);
        Files.createDirectories(staging);
        TransactionTemplate snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        int runs = snapshot.execute(status -> {
            for (Table t : TABLES) {
                write(t, staging.resolve(t.file()));
            }
            return jdbc.queryForObject(RUN_COUNT, Integer.class);
        });
        try (InputStream readme = HistoryTransfer.class.getResourceAsStream("history-export-README.md")) {
            Files.copy(readme, staging.resolve(README));
        }
        Files.deleteIfExists(folder);
        Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        return runs;
    }

    private void write(Table t, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                     ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            jdbc.query(t.export(), (ResultSetExtractor<Void>) rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                csv.writeNext(header(meta), false);
                String[] cells = new String[meta.getColumnCount()];
                while (rs.next()) {
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cell(rs, i + 1, meta.getColumnType(i + 1));
                    }
                    csv.writeNext(cells, false);
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] header(ResultSetMetaData meta) throws SQLException {
        String[] names = new String[meta.getColumnCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = meta.getColumnLabel(i + 1).toUpperCase(Locale.ROOT);
        }
        return names;
    }

    private static String cell(ResultSet rs, int column, int type) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "";
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> String.valueOf(rs.getBoolean(column));
            case Types.TIMESTAMP -> rs.getTimestamp(column).toLocalDateTime().toString();
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(column).toPlainString();
            default -> rs.getString(column);
        };
    }

    /**
     * Loads an export into this history, which must hold no run, in one transaction; returns the number of runs.
     * Spring Batch's execution ids move past the imported runs' ids (month and year runs), which a run's id is.
     */
    public int importFrom(Path folder) throws IOException, NotEmptyException {
        if (jdbc.queryForObject(RUN_COUNT, Integer.class) > 0) {
            throw new NotEmptyException();
        }
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            for (Table t : TABLES) {
                if (!t.later() || Files.exists(folder.resolve(t.file()))) {
                    load(folder.resolve(t.file()), t.table());
                }
            }
            Long last = jdbc.queryForObject("SELECT MAX(RUN_ID) FROM (SELECT RUN_ID FROM KAOHE_RUN UNION ALL "
                    + "SELECT RUN_ID FROM KAOHE_YEAR_RUN) runs", Long.class);
            if (last != null) {
                jdbc.execute("ALTER SEQUENCE BATCH_JOB_EXECUTION_SEQ RESTART WITH " + (last + 1));
            }
        });
        return jdbc.queryForObject(RUN_COUNT, Integer.class);
    }

    private void load(Path file, String table) {
        Map<String, Integer> types = new HashMap<>();
        jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", (ResultSetExtractor<Void>) rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i).toUpperCase(Locale.ROOT), meta.getColumnType(i));
            }
            return null;
        });
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180Parser())
                     .withKeepCarriageReturn(true).build()) {
            String[] header = csv.readNext();
            if (header == null) {
                return;
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", header) + ") VALUES ("
                    + "?, ".repeat(header.length - 1) + "?)";
            List<String[]> batch = new ArrayList<>(FETCH);
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                batch.add(row);
                if (batch.size() == FETCH) {
                    insert(sql, header, types, batch);
                    batch.clear();
                }
            }
            insert(sql, header, types, batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
        }
    }

    private void insert(String sql, String[] header, Map<String, Integer> types, List<String[]> rows) {
        jdbc.batchUpdate(sql, rows, rows.size(), (PreparedStatement ps, String[] row) -> {
            for (int i = 0; i < header.length; i++) {
                int type = types.get(header[i]);
                String cell = row[i];
                if (cell.isEmpty()) {
                    ps.setNull(i + 1, type);
                    continue;
                }
                switch (type) {
                    case Types.BOOLEAN, Types.BIT -> ps.setBoolean(i + 1, Boolean.parseBoolean(cell));
                    case Types.TIMESTAMP -> ps.setTimestamp(i + 1, Timestamp.valueOf(LocalDateTime.parse(cell)));
                    case Types.DECIMAL, Types.NUMERIC -> ps.setBigDecimal(i + 1, new BigDecimal(cell));
                    case Types.INTEGER, Types.SMALLINT -> ps.setInt(i + 1, Integer.parseInt(cell));
                    case Types.BIGINT -> ps.setLong(i + 1, Long.parseLong(cell));
                    default -> ps.setString(i + 1, cell);
                }
            }
        });
    }
}
