package org.kaohe.attendance;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The IN (segment start) or OUT (segment end) clocking point of one segment of one working day, with the window in
 * which a punch counts for it: IN takes the earliest punch in [from, to), OUT the latest in [from, to] (SPEC §3.1).
 */
public record Boundary(int segment, boolean in, LocalDateTime at, LocalDateTime from, LocalDateTime to,
                       boolean toInclusive) {

    public boolean accepts(LocalDateTime t) {
        return !t.isBefore(from) && (toInclusive ? !t.isAfter(to) : t.isBefore(to));
    }

    /** The first whole epoch second (as {@link PersonPunches} keeps times) that {@link #accepts} takes. */
    long firstSecond() {
        return ceilSecond(from);
    }

    /** The first whole epoch second after the window: whole seconds in [firstSecond, endSecond) are accepted. */
    long endSecond() {
        return toInclusive ? PersonPunches.seconds(to) + 1 : ceilSecond(to);
    }

    private static long ceilSecond(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) + (t.getNano() > 0 ? 1 : 0);
    }
}
