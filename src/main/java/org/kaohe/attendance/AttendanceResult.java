package org.kaohe.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's attendance for the month (SPEC §3.2–3.3). {@code factorNumerator} is employed_workdays − Σ leave days ×
 * ratio − 旷工 days, kept exact so the attendance factor (numerator / workdays) never loses a fen in pay. {@code days}
 * says what each day of the month was, for the attendance grid.
 */
public record AttendanceResult(int workdays, int employedWorkdays, int late, int early, int missing,
                               BigDecimal absentDays, Map<LeaveType, BigDecimal> leaveDays,
                               BigDecimal factorNumerator, List<AttendanceEvent> events, List<FixOutcome> fixes,
                               List<Leave> notApproved, AttendanceDays days) {

    private static final Set<LeaveType> NOT_OTHER =
            EnumSet.of(LeaveType.PERSONAL, LeaveType.SICK, LeaveType.OFFICIAL, LeaveType.PUNCH_FIX);

    public BigDecimal leaveDays(LeaveType type) {
        return leaveDays.getOrDefault(type, BigDecimal.ZERO);
    }

    /** 其他假天数: every leave type but 事假, 病假 and 公出. */
    public BigDecimal otherLeaveDays() {
        return leaveDays.entrySet().stream().filter(e -> !NOT_OTHER.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The factor's numerator clamped to [0, workdays], so factor = this / workdays lies in [0, 1]. */
    public BigDecimal clampedNumerator() {
        BigDecimal wd = BigDecimal.valueOf(workdays);
        return factorNumerator.max(BigDecimal.ZERO).min(wd);
    }

    /** The attendance factor rounded half up to {@code scale} decimals, for display. */
    public BigDecimal factor(int scale) {
        return workdays == 0 ? BigDecimal.ZERO.setScale(scale)
                : clampedNumerator().divide(BigDecimal.valueOf(workdays), scale, RoundingMode.HALF_UP);
    }
}
