package org.kaohe.overtime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.kaohe.common.Approval;
import org.kaohe.common.SourceRef;

/** An overtime claim (加班申请); an end earlier than the start means the next day. */
public record OvertimeClaim(String employeeId, LocalDate date, LocalTime start, LocalTime end, String reason,
                            Approval status, String approver, SourceRef source) {

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    public LocalDateTime endsAt() {
        return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    }
}
