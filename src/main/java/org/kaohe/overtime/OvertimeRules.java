package org.kaohe.overtime;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Map;
import org.kaohe.calendar.DayType;

/** How overtime is verified and rewarded (SPEC §3.4). */
public record OvertimeRules(LocalTime dayStartsAt, BigDecimal stepHours, Map<DayType, BigDecimal> pointsPerHour,
                            BigDecimal monthlyCap) {
}
