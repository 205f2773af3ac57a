package org.kaohe.attendance;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.kaohe.common.SourceRef;

/**
 * One attendance-discipline finding on a working day: late/early by {@code minutes}, a missing punch, or 旷工 of
 * {@code absentDays}. {@code boundary} is the scheduled time it concerns; {@code source} the punch (or fix) row,
 * null when nothing was punched.
 */
public record AttendanceEvent(Kind kind, LocalDateTime boundary, long minutes, BigDecimal absentDays,
                              SourceRef source) {

    public enum Kind { LATE, EARLY, MISSING, ABSENT }
}
