package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoDataFormatterTest {

    private static final double OCT_9 = LocalDate.of(2026, 10, 9).toEpochDay() + 25569;
    private static final double EIGHT_OH_FIVE = (8 * 60 + 5) / 1440.0;

    private final IsoDataFormatter formatter = new IsoDataFormatter(false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "h:mm                     | 08:05:00",
            "h\"时\"mm\"分\"           | 08:05:00",
            "上午/下午h\"时\"mm\"分\"   | 08:05:00",
            "[$-F400]h:mm:ss\\ AM/PM  | 08:05:00",
            "[h]:mm                   | 08:05:00",
            "h:mm;@                   | 08:05:00"})
    void readsATimeFormatAsTimeOfDay(String format, String expected) {
        assertThat(formatter.formatRawCellContents(EIGHT_OH_FIVE, 164, format)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "yyyy-mm-dd                          | 2026-10-09",
            "yyyy\"年\"m\"月\"d\"日\"             | 2026-10-09",
            "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\" | 2026-10-09",
            "m/d/yy                              | 2026-10-09",
            "yyyy/m/d h:mm                       | 2026-10-09 00:00:00",
            "yyyy\"年\"m\"月\"d\"日\" h\"时\"mm\"分\" | 2026-10-09 00:00:00"})
    void readsAWholeDateAsADateUnlessItsFormatShowsATime(String format, String expected) {
        assertThat(formatter.formatRawCellContents(OCT_9, 164, format)).isEqualTo(expected);
    }

    @Test
    void readsAFractionalDateAsADateTimeRoundedToTheSecond() {
        assertThat(formatter.formatRawCellContents(OCT_9 + EIGHT_OH_FIVE - 3e-6, 164, "yyyy-mm-dd"))
                .isEqualTo("2026-10-09 08:05:00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "General       | 1001     | 1001",
            "0.00          | 5500.5   | 5500.5",
            "#,##0.00\"元\" | 12345.6  | 12345.6",
            "0%            | 0.05     | 0.05",
            "0.00E+00      | 1.5E7    | 15000000",
            "@             | 42       | 42",
            "[Red]0.00     | -3       | -3",
            "\"第\"0\"名\"   | 3        | 3",
            "General       | 0.30000000000000004 | 0.3"})
    void readsOtherNumbersAsPlainDecimals(String format, double value, String expected) {
        assertThat(formatter.formatRawCellContents(value, 164, format)).isEqualTo(expected);
    }

    @Test
    void countsDaysFrom1904WhenTheWorkbookDoes() {
        assertThat(new IsoDataFormatter(true).formatRawCellContents(OCT_9 - 1462, 14, "m/d/yy"))
                .isEqualTo("2026-10-09");
    }
}
