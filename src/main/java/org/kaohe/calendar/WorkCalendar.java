package org.kaohe.calendar;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * The working calendar (SPEC §2.10): the official calendars shipped as {@code <year>.csv} files, with a month
 * folder's {@code calendar.csv} rows on top. Days a file does not list follow Monday–Friday = 工作日,
 * Saturday/Sunday = 休息日.
 *
 * <p>A day of a year with no shipped file and no override also follows Monday–Friday. That fallback exists only for
 * days outside the evaluated month (say, counting the working days between an error and its late registration
 * across a year boundary); the evaluated month itself must pass {@link #requireMonth}, which never guesses.
 */
public final class WorkCalendar {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.csv");

    private final Set<Integer> shippedYears;
    private final Map<LocalDate, DayType> shipped;
    private final Map<LocalDate, DayType> overrides;

    private WorkCalendar(Set<Integer> shippedYears, Map<LocalDate, DayType> shipped,
            Map<LocalDate, DayType> overrides) {
        this.shippedYears = Set.copyOf(shippedYears);
        this.shipped = Map.copyOf(shipped);
        this.overrides = Map.copyOf(overrides);
    }

    /** Reads every {@code <year>.csv} in the folder; other files (such as a README) are not calendars. */
    public static WorkCalendar load(Path calendarDir) throws CalendarException {
        if (!Files.isDirectory(calendarDir)) {
            throw new CalendarException(Msg.of("calendar.no_dir", calendarDir.toString()));
        }
        Map<Integer, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(calendarDir, "*.csv")) {
            for (Path file : entries) {
                var name = YEAR_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    files.put(Integer.valueOf(name.group(1)), file);
                }
            }
        } catch (IOException e) {
            throw new CalendarException(Msg.of("calendar.unreadable", calendarDir.toString(),
                    String.valueOf(e.getMessage())), new SourceRef(calendarDir.toString(), "", 0), e);
        }
        Map<LocalDate, DayType> shipped = new HashMap<>();
        for (Map.Entry<Integer, Path> file : files.entrySet()) {
            shipped.putAll(CalendarFile.read(file.getValue(), file.getKey()));
        }
        return new WorkCalendar(files.keySet(), shipped, Map.of());
    }

    /** A calendar where these days (a month folder's {@code calendar.csv} rows) win over everything else. */
    public WorkCalendar withOverrides(Map<LocalDate, DayType> overrides) {
        Map<LocalDate, DayType> merged = new HashMap<>(this.overrides);
        merged.putAll(overrides);
        return new WorkCalendar(shippedYears, shipped, merged);
    }

    /**
     * Succeeds when the month's year has a shipped calendar or the overrides list every day of the month; otherwise
     * the month cannot be evaluated, since guessing Monday–Friday would be wrong around any holiday.
     */
    public void requireMonth(YearMonth month) throws CalendarException {
        List<LocalDate> missing = missingDays(month);
        if (missing.isEmpty()) {
            return;
        }
        String year = String.valueOf(month.getYear());
        if (missing.size() == month.lengthOfMonth()) {
            throw new CalendarException(Msg.of("calendar.missing_year", year, month.toString()));
        }
        throw new CalendarException(Msg.of("calendar.missing_days", year, month.toString(),
                String.valueOf(missing.size()), missing.get(0).toString()));
    }

    /** Overrides, then the shipped calendar, then Monday–Friday (see the class note on years not shipped). */
    public DayType typeOf(LocalDate day) {
        DayType type = overrides.get(day);
        if (type == null) {
            type = shipped.get(day);
        }
        if (type != null) {
            return type;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? DayType.RESTDAY : DayType.WORKDAY;
    }

    /**
     * The working days of an evaluated month, in date order.
     *
     * @throws IllegalStateException when {@link #requireMonth} would fail for the month: the caller skipped it
     */
    public List<LocalDate> workdays(YearMonth month) {
        if (!missingDays(month).isEmpty()) {
            throw new IllegalStateException("no official calendar for " + month + ": call requireMonth first");
        }
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .filter(day -> typeOf(day) == DayType.WORKDAY)
                .toList();
    }

    /** Working days d with {@code from < d <= toInclusive}; 0 when {@code toInclusive} is not after {@code from}. */
    public int workingDaysAfter(LocalDate from, LocalDate toInclusive) {
        if (!toInclusive.isAfter(from)) {
            return 0;
        }
        return (int) from.plusDays(1).datesUntil(toInclusive.plusDays(1))
                .filter(day -> typeOf(day) == DayType.WORKDAY)
                .count();
    }

    private List<LocalDate> missingDays(YearMonth month) {
        if (shippedYears.contains(month.getYear())) {
            return List.of();
        }
        List<LocalDate> missing = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            if (!overrides.containsKey(month.atDay(d))) {
                missing.add(month.atDay(d));
            }
        }
        return missing;
    }
}
