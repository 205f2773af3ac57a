package org.kaohe.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Writes a CSV the way Excel's "CSV UTF-8" does: a byte order mark, then comma-separated rows, quoting only the
 * cells that need it. Dates and times are formatted by hand: millions of punch rows go through here.
 */
final class CsvTableWriter implements TableWriter {

    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);
    private long rows;

    CsvTableWriter(Path file, List<String> header) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
        out.write('\uFEFF');
        row(header.toArray());
        rows = 0;
    }

    @Override
    public void row(Object... cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(cells[i]);
        }
        line.append("\r\n");
        out.append(line);
        rows++;
    }

    private void append(Object cell) {
        if (cell instanceof LocalDateTime t) {
            date(t.toLocalDate());
            line.append(' ');
            time(t.toLocalTime());
        } else if (cell instanceof LocalDate d) {
            date(d);
        } else if (cell instanceof LocalTime t) {
            time(t);
        } else {
            text(cell == null ? "" : cell.toString());
        }
    }

    private void date(LocalDate d) {
        line.append(d.getYear()).append('-');
        twoDigits(d.getMonthValue());
        line.append('-');
        twoDigits(d.getDayOfMonth());
    }

    private void time(LocalTime t) {
        twoDigits(t.getHour());
        line.append(':');
        twoDigits(t.getMinute());
        line.append(':');
        twoDigits(t.getSecond());
    }

    private void twoDigits(int n) {
        line.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private void text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            line.append(s);
        } else {
            line.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
