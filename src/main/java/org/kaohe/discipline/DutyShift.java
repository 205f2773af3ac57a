package org.kaohe.discipline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.kaohe.common.SourceRef;

/** A duty roster (值班表) row; an end earlier than the start means the next day. */
public record DutyShift(LocalDate date, LocalTime start, LocalTime end, String employeeId, boolean punchRequired,
                        SourceRef source) {

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }
}
