package org.kaohe.input;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaohe.common.Coded;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * Typed access to the cells of one row, so a binder reads like its table in SPEC §2. Every method either returns
 * the value or throws a {@link RowRejectedException} naming the column (as the file writes its header), the raw
 * value and the reason. {@code xxx(key)} requires a value; {@code optionalXxx(key)} gives empty for an empty cell.
 *
 * <p>Dates, times, numbers, yes/no and enumerations are read after Unicode NFKC normalisation, so full-width
 * characters typed with a Chinese input method ({@code ０８：０５}, {@code ２０２６／１０／９}) read like their
 * half-width forms. Identifiers (工号, 姓名, 科室, 考勤号) are {@link Identifiers cleaned} or rejected for a hidden
 * character; free text is taken as written.
 */
public final class Values {

    // Both date patterns capture year, month and day in groups 1, 3 and 4.
    private static final Pattern DASHED_DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})(年)(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DATE_AND_TIME = Pattern.compile("(\\S+?)(?:\\s+|T)(\\S+)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0");

    private final RawRow row;

    public Values(RawRow row) {
        this.row = row;
    }

    public SourceRef source() {
        return row.source();
    }

    /** The column's header as the file writes it. */
    public String headerText(String key) {
        return row.headerText(key);
    }

    /** The cell as written (stripped), "" when empty: for optional free text. */
    public String text(String key) {
        return row.get(key);
    }

    public Optional<String> optionalText(String key) {
        String text = row.get(key);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public String requiredText(String key) throws RowRejectedException {
        return required(key, optionalText(key));
    }

    /** A required 工号, 姓名, 科室 or 考勤号, {@link Identifiers cleaned}. */
    public String identifier(String key) throws RowRejectedException {
        return required(key, optionalIdentifier(key));
    }

    public Optional<String> optionalIdentifier(String key) throws RowRejectedException {
        String raw = row.get(key);
        int refused = Identifiers.refused(raw);
        if (refused >= 0) {
            throw reject(key, Reasons.hiddenCharacter(raw, refused));
        }
        String clean = Identifiers.clean(raw);
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
    }

    public LocalDate date(String key) throws RowRejectedException {
        return required(key, optionalDate(key));
    }

    /** {@code 2026-10-09}, {@code 2026/10/9}, {@code 2026-10-9} or {@code 2026年10月9日}; impossible days rejected. */
    public Optional<LocalDate> optionalDate(String key) throws RowRejectedException {
        Optional<String> text = normalized(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = toDate(key, text.get());
        if (date == null) {
            throw reject(key, Reasons.badDate());
        }
        return Optional.of(date);
    }

    /** {@code 08:05}, {@code 8:05} or {@code 08:05:30}. */
    public LocalTime time(String key) throws RowRejectedException {
        String text = required(key, normalized(key));
        LocalTime time = toTime(text);
        if (time == null) {
            throw reject(key, Reasons.badTime());
        }
        return time;
    }

    /** A date, then one or more spaces (or the ISO {@code T}), then a time. */
    public LocalDateTime dateTime(String key) throws RowRejectedException {
        LocalDateTime plain = PlainDateTime.parse(row.get(key));
        if (plain != null) {
            return plain;
        }
        String text = required(key, normalized(key));
        LocalDateTime dateTime = toDateTime(key, text);
        if (dateTime == null) {
            throw reject(key, Reasons.badDateTime());
        }
        return dateTime;
    }

    /**
     * A date-time, or a bare time taken on the date in {@code dateKey}'s cell when that cell is filled (a DingTalk
     * 打卡时间 beside its 考勤日期).
     */
    public LocalDateTime dateTimeOrTimeOn(String key, String dateKey) throws RowRejectedException {
        if (!row.get(dateKey).isEmpty()) {
            LocalTime time = normalized(key).map(Values::toTime).orElse(null);
            if (time != null) {
                return date(dateKey).atTime(time);
            }
        }
        return dateTime(key);
    }

    public LocalDateTime dateOrDateTime(String key, LocalTime timeOfBareDate) throws RowRejectedException {
        return required(key, optionalDateOrDateTime(key, timeOfBareDate));
    }

    /** A date-time, or a bare date taken at {@code timeOfBareDate} of that day. */
    public Optional<LocalDateTime> optionalDateOrDateTime(String key, LocalTime timeOfBareDate)
            throws RowRejectedException {
        Optional<String> text = normalized(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = toDate(key, text.get());
        LocalDateTime dateTime = date != null ? date.atTime(timeOfBareDate) : toDateTime(key, text.get());
        if (dateTime == null) {
            throw reject(key, Reasons.badDateOrDateTime());
        }
        return Optional.of(dateTime);
    }

    /** 是/否, Y/N, yes/no, true/false, 1/0 in any case; {@code whenEmpty} for an empty cell. */
    public boolean yesNo(String key, boolean whenEmpty) throws RowRejectedException {
        Optional<String> text = normalized(key).map(t -> t.toLowerCase(Locale.ROOT));
        if (text.isEmpty()) {
            return whenEmpty;
        }
        if (YES.contains(text.get())) {
            return true;
        }
        if (NO.contains(text.get())) {
            return false;
        }
        throw reject(key, Reasons.badYesNo());
    }

    public BigDecimal decimal(String key) throws RowRejectedException {
        return required(key, optionalDecimal(key));
    }

    /** Plain decimal notation with an optional sign; no exponent, no grouping separators. */
    public Optional<BigDecimal> optionalDecimal(String key) throws RowRejectedException {
        Optional<String> text = normalized(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(text.get()).matches()) {
            throw reject(key, Reasons.badNumber());
        }
        return Optional.of(new BigDecimal(text.get()));
    }

    public <E extends Enum<E> & Coded> E choice(String key, Class<E> type) throws RowRejectedException {
        return required(key, optionalChoice(key, type));
    }

    /** The Chinese term or the English code (case-insensitive); the reason lists the accepted values. */
    public <E extends Enum<E> & Coded> Optional<E> optionalChoice(String key, Class<E> type)
            throws RowRejectedException {
        Optional<String> text = normalized(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Coded.parse(type, text.get()).orElseThrow(() -> reject(key, Reasons.badChoice(type))));
    }

    /** A required identifier that must be found by {@code find}; otherwise rejected with {@code unknown(value)}. */
    public <T> T known(String key, Function<String, Optional<T>> find, Function<String, Msg> unknown)
            throws RowRejectedException {
        String text = identifier(key);
        return find.apply(text).orElseThrow(() -> reject(key, unknown.apply(text)));
    }

    /** A rule of the binder's own: rejects the row at {@code key} unless {@code ok}. */
    public void check(boolean ok, String key, Msg reason) throws RowRejectedException {
        if (!ok) {
            throw reject(key, reason);
        }
    }

    /**
     * Rejects the row at {@code key} when its {@code value} is earlier than {@code earlier}, the value of
     * {@code earlierKey} (the reason quotes that column as written). Passes when either is absent (null).
     */
    public <T extends Comparable<? super T>> void checkNotBefore(String key, T value, String earlierKey, T earlier)
            throws RowRejectedException {
        check(value == null || earlier == null || value.compareTo(earlier) >= 0, key,
                Reasons.before(row.headerText(earlierKey), row.get(earlierKey)));
    }

    public RowRejectedException reject(String key, Msg reason) {
        return new RowRejectedException(new Rejection(row.source(), row.headerText(key), row.get(key), reason));
    }

    private <T> T required(String key, Optional<T> value) throws RowRejectedException {
        return value.orElseThrow(() -> reject(key, Reasons.required()));
    }

    private Optional<String> normalized(String key) {
        return optionalText(key).map(t -> Normalizer.normalize(t, Normalizer.Form.NFKC).strip());
    }

    /** Null when the text is not written as a date; rejected when it is but no such day exists. */
    private LocalDate toDate(String key, String text) throws RowRejectedException {
        Matcher m = DASHED_DATE.matcher(text);
        if (!m.matches()) {
            m = CHINESE_DATE.matcher(text);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            throw reject(key, Reasons.noSuchDate());
        }
    }

    /** Null when the text is not a time of day. */
    private static LocalTime toTime(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seconds);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private LocalDateTime toDateTime(String key, String text) throws RowRejectedException {
        Matcher m = DATE_AND_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        LocalDate date = toDate(key, m.group(1));
        LocalTime time = toTime(m.group(2));
        return date == null || time == null ? null : date.atTime(time);
    }
}
