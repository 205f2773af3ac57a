package org.kaohe.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Renders numeric cells for binding rather than for display: date and time cells as ISO text, other numbers as
 * plain decimals whatever their display format (so 1001 is never "1,001" or "1.00E+03").
 */
final class IsoDataFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Excel shows at most 15 significant digits, so =0.1+0.2 reads 0.3 there; read it the same here. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /**
     * What a format shows besides its fields: quoted text, escaped characters, bracketed codes other than elapsed
     * time ([h], [mm], [ss]) and the AM/PM marker.
     */
    private static final Pattern LITERALS = Pattern.compile(
            "\"[^\"]*\"|\\\\.|\\[(?![hms]+])[^]]*]|AM/PM|A/P|上午/下午", Pattern.CASE_INSENSITIVE);

    /** Date and time fields with separators only, and at least one field. */
    private static final Pattern DATE_FIELDS = Pattern.compile(
            "[\\[\\]ymdhsebg0.,:/\\-\\s年月日时分秒]*[ymdhs][\\[\\]ymdhsebg0.,:/\\-\\s年月日时分秒]*",
            Pattern.CASE_INSENSITIVE);

    private final boolean date1904;

    IsoDataFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (isDateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return formatDate(value, formatString);
        }
        return new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /**
     * Excel stores times as binary fractions of a day (08:05 is 0.33680555…), so the value is rounded to the
     * nearest second. A whole number is a date, unless its format shows a time: a punch at exactly midnight in a
     * date-time column keeps its time.
     */
    private String formatDate(double value, String formatString) {
        LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
        if (value < 1) {
            return at.format(TIME);
        }
        if (value == Math.rint(value) && !showsTime(formatString)) {
            return at.format(DATE);
        }
        return at.format(DATE_TIME);
    }

    /**
     * POI's test misses formats with text between the fields, which is how Chinese Excel writes times
     * ({@code h"时"mm"分"}); with the text taken out, only date and time fields may remain.
     */
    private static boolean isDateFormat(int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString)) {
            return true;
        }
        String fields = fields(formatString);
        int textSection = fields.indexOf(';');
        return DATE_FIELDS.matcher(textSection < 0 ? fields : fields.substring(0, textSection)).matches();
    }

    private static boolean showsTime(String formatString) {
        return fields(formatString).chars().anyMatch(c -> c == 'h' || c == 'H' || c == 's' || c == 'S');
    }

    private static String fields(String formatString) {
        return LITERALS.matcher(formatString).replaceAll(" ");
    }
}
