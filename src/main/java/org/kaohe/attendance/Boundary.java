package org.kaohe.attendance;

import java.time.LocalDateTime;

/**
 * The IN (segment start) or OUT (segment end) clocking point of one segment of one working day, with the window in
 * which a punch counts for it: IN takes the earliest punch in [from, to), OUT the latest in [from, to] (SPEC §3.1).
 */
public record Boundary(int segment, boolean in, LocalDateTime at, LocalDateTime from, LocalDateTime to,
                       boolean toInclusive) {

    public boolean accepts(LocalDateTime t) {
        return !t.isBefore(from) && (toInclusive ? !t.isAfter(to) : t.isBefore(to));
    }
}
