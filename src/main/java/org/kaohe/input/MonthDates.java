package org.kaohe.input;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 日期 of a row that counts in the month whose folder holds it (errors, findings; SPEC §3.5): a date after
 * the month's last day is a rejection. Earlier dates are allowed: an error may be registered months later.
 */
final class MonthDates {

    private final YearMonth month;

    MonthDates(YearMonth month) {
        this.month = month;
    }

    LocalDate date(Values v, String key) throws RowRejectedException {
        LocalDate date = v.date(key);
        v.check(!date.isAfter(month.atEndOfMonth()), key, Reasons.afterMonth(month));
        return date;
    }
}
