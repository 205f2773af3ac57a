package org.kaohe.attendance;

import java.math.BigDecimal;
import java.util.Map;

/** Punch windows, late/early bands, punch-fix quota and leave deduction ratios (SPEC §2.3, §3.1–3.3). */
public record AttendanceRules(Schedule schedule, int windowBeforeStartHours, int windowAfterEndHours,
                              int graceMinutes, int lateMaxMinutes, int halfDayMaxMinutes, int fixesPerMonth,
                              Map<LeaveType, BigDecimal> deductionRatio) {

    public BigDecimal ratioOf(LeaveType type) {
        return deductionRatio.getOrDefault(type, BigDecimal.ZERO);
    }
}
