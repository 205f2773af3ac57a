package org.kaohe.input;

import java.time.LocalDate;
import org.kaohe.calendar.DayType;
import org.kaohe.common.SourceRef;

/** One row of a month's {@code calendar.csv} (SPEC §2.10): the day's type overrides the shipped calendar. */
public record CalendarOverride(LocalDate date, DayType type, SourceRef source) {
}
