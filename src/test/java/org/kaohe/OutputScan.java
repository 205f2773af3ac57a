package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checks every file a run wrote (every report, present and future) for cells a spreadsheet would run as a formula
 * (SPEC §4): a CSV cell may start with =, +, -, @ only when it is a plain number; an XLSX holds no formula cell.
 * A file type it does not know fails the check, so whoever adds a new kind of report adds its check here.
 */
public final class OutputScan {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    /** Outputs that no spreadsheet program opens as a table. */
    private static final Set<String> NOT_SPREADSHEETS = Set.of("log", "txt", "html", "docx");

    private OutputScan() {
    }

    /** Walks {@code folder} (sub-folders included) and returns how many spreadsheet cells were checked. */
    public static long assertNoFormulas(Path folder) throws IOException {
        long cells = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            switch (ext) {
                case "csv" -> cells += csv(file);
                case "xlsx" -> cells += xlsx(file);
                default -> assertThat(NOT_SPREADSHEETS).as("a new kind of output file %s: add its check here", file)
                        .contains(ext);
            }
        }
        assertThat(cells).as("cells checked under %s", folder).isPositive();
        return cells;
    }

    private static long csv(Path file) throws IOException {
        long cells = 0;
        try (InputStream in = Files.newInputStream(file);
             CSVReader csv = new CSVReaderBuilder(new InputStreamReader(in, StandardCharsets.UTF_8))
                     .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            String[] row;
            while ((row = csv.readNext()) != null) {
                for (String cell : row) {
                    String value = cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
                    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()) {
                        fail("%s line %d: a spreadsheet would run %s as a formula", file, csv.getLinesRead(), value);
                    }
                    cells++;
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        return cells;
    }

    private static long xlsx(Path file) throws IOException {
        long cells = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            fail("%s sheet %s cell %s is a formula: %s", file, sheet.getSheetName(),
                                    cell.getAddress(), cell.getCellFormula());
                        }
                        cells++;
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return cells;
    }
}
