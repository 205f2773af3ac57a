package org.kaohe.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.common.Printable;

/**
 * A CSV for Excel: UTF-8 with a BOM (so Chinese Excel detects the encoding), quoted only where needed, every
 * text cell that a spreadsheet would take for a formula (=, +, -, @) written with a leading apostrophe, and control
 * characters (a NUL byte would end the text for many readers) written as {@code <U+0000>}.
 */
public final class CsvFile implements AutoCloseable {

    private final ICSVWriter csv;

    public CsvFile(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.csv = new CSVWriter(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
    }

    /** Text cells are neutralised; numbers must be passed through {@link #number(String)} to stay as they are. */
    public void row(List<Cell> cells) {
        String[] values = new String[cells.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = cells.get(i).render();
        }
        csv.writeNext(values, false);
    }

    public void header(List<String> names) {
        csv.writeNext(names.toArray(String[]::new), false);
    }

    public static Cell text(String value) {
        return new Cell(value == null ? "" : value, true);
    }

    public static Cell number(String formatted) {
        return new Cell(formatted, false);
    }

    /** Neutralises a value a spreadsheet would read as a formula. */
    public static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        // CSVWriter swallows write errors; checkError() flushes and reports them (a closed writer would always fail)
        boolean failed = csv.checkError();
        csv.close();
        if (failed) {
            throw new IOException("CSV write failed");
        }
    }

    /** One cell: text (neutralised) or an already formatted number. */
    public record Cell(String value, boolean text) {
        String render() {
            return text ? neutralise(Printable.controlsEscaped(value)) : value;
        }
    }
}
