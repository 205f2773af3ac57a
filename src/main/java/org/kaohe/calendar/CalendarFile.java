package org.kaohe.calendar;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.input.BOMInputStream;
import org.kaohe.common.Coded;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * Reads one shipped calendar file ({@code <year>.csv}, header {@code 日期,类型,名称}) into its exceptional days.
 * Any bad row stops the load: a calendar with a wrong or missing day would silently change every count.
 */
final class CalendarFile {

    /** ISO, plus the {@code 2027/1/1} form Excel writes back when HR saves a file it opened. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("[uuuu-M-d][uuuu/M/d]").withResolverStyle(ResolverStyle.STRICT);

    private final Path file;
    private final int year;
    private final String label;

    private CalendarFile(Path file, int year) {
        this.file = file;
        this.year = year;
        this.label = file.toString();
    }

    static Map<LocalDate, DayType> read(Path file, int year) throws CalendarException {
        return new CalendarFile(file, year).read();
    }

    private Map<LocalDate, DayType> read() throws CalendarException {
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
             CSVReader csv = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            return readRows(csv);
        } catch (CharacterCodingException e) {
            throw new CalendarException(Msg.of("calendar.not_utf8", label), new SourceRef(label, "", 0), e);
        } catch (IOException | CsvValidationException e) {
            throw new CalendarException(Msg.of("calendar.unreadable", label, String.valueOf(e.getMessage())),
                    new SourceRef(label, "", 0), e);
        }
    }

    private Map<LocalDate, DayType> readRows(CSVReader csv) throws IOException, CsvValidationException,
            CalendarException {
        String[] header = csv.readNext();
        int dateColumn = columnOf(header, "日期", "date");
        int typeColumn = columnOf(header, "类型", "type");
        if (dateColumn < 0 || typeColumn < 0) {
            throw new CalendarException(Msg.of("calendar.bad_header", label), new SourceRef(label, "", 1));
        }
        Map<LocalDate, DayType> days = new HashMap<>();
        Map<LocalDate, Long> rowOf = new HashMap<>();
        long row = 1;
        for (String[] cells = csv.readNext(); cells != null; cells = csv.readNext()) {
            row++;
            if (isBlank(cells)) {
                continue;
            }
            LocalDate date = date(cell(cells, dateColumn), row);
            DayType type = type(cell(cells, typeColumn), row);
            Long earlier = rowOf.putIfAbsent(date, row);
            if (earlier != null) {
                throw badRow(row, Msg.of("calendar.duplicate_date", date.toString(), earlier.toString()));
            }
            days.put(date, type);
        }
        return days;
    }

    private LocalDate date(String text, long row) throws CalendarException {
        LocalDate date;
        try {
            date = LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw badRow(row, Msg.of("calendar.bad_date", text));
        }
        if (date.getYear() != year) {
            throw badRow(row, Msg.of("calendar.wrong_year", date.toString(), String.valueOf(year)));
        }
        return date;
    }

    private DayType type(String text, long row) throws CalendarException {
        Optional<DayType> type = Coded.parse(DayType.class, text);
        if (type.isEmpty()) {
            throw badRow(row, Msg.of("calendar.bad_type", text, Coded.accepted(DayType.class)));
        }
        return type.get();
    }

    private CalendarException badRow(long row, Msg reason) {
        return new CalendarException(Msg.of("calendar.bad_row", label, String.valueOf(row), reason),
                new SourceRef(label, "", row));
    }

    private static int columnOf(String[] header, String zh, String alias) {
        for (int i = 0; header != null && i < header.length; i++) {
            String text = header[i].strip();
            if (text.equals(zh) || text.equalsIgnoreCase(alias)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(String[] cells, int column) {
        return column < cells.length ? cells[column].strip() : "";
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
