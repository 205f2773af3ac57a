package org.kaohe.attendance;

import java.time.LocalDateTime;
import org.kaohe.common.Approval;
import org.kaohe.common.SourceRef;

/**
 * A leave/公出 row, or a PUNCH_FIX (then {@code start} is the supplied punch time and {@code end} may be null).
 * Covers a moment t when start ≤ t ≤ end.
 */
public record Leave(String employeeId, LeaveType type, LocalDateTime start, LocalDateTime end, Approval status,
                    String approver, SourceRef source) {

    public boolean covers(LocalDateTime t) {
        return end != null && !t.isBefore(start) && !t.isAfter(end);
    }

    public boolean approved() {
        return status == Approval.APPROVED;
    }
}
