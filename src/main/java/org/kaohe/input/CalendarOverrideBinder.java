package org.kaohe.input;

import java.time.LocalDate;
import org.kaohe.calendar.DayType;

/**
 * {@code calendar.csv} rows (SPEC §2.10) → {@link CalendarOverride}. Stateful: a day may be listed once, since
 * two rows for one day would leave its type to file order.
 */
public final class CalendarOverrideBinder implements RowBinder<CalendarOverride> {

    private final FirstAccepted days = new FirstAccepted();

    @Override
    public CalendarOverride bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        LocalDate date = v.date("date");
        days.checkFree(v, "date", date.toString());
        DayType type = v.choice("type", DayType.class);
        days.accept(date.toString(), row.source());
        return new CalendarOverride(date, type, row.source());
    }
}
