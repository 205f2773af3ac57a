package org.kaohe.attendance;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.kaohe.common.SourceRef;
import org.kaohe.common.SourceTable;

/**
 * What one person's punches of the month amount to, kept in one fixed-size array (memory grows with people and days,
 * never with punch rows): the punch that counts at each boundary, and the first and last punch of each attendance
 * day (for overtime), each with its packed source row. One array, with a day's entries side by side, because the
 * punch file visits all 100,000 people every day: a row then touches one or two cache lines of the person, not six
 * separate arrays.
 */
public final class PersonPunches {

    static final long NONE = Long.MIN_VALUE;

    /** Per day: first time, its source, last time, its source. */
    private static final int DAY_ENTRIES = 4;
    /** Per boundary slot, after the days: time, source. */
    private static final int SLOT_ENTRIES = 2;

    private final SourceTable sources;
    private final int slotsAt;
    private final long[] entries;

    PersonPunches(SourceTable sources, int boundaries, int days) {
        this.sources = sources;
        slotsAt = DAY_ENTRIES * days;
        entries = new long[slotsAt + SLOT_ENTRIES * boundaries];
        Arrays.fill(entries, NONE);
    }

    static long seconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    static LocalDateTime time(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    void offer(int slot, boolean earliest, long t, long source) {
        int at = slotsAt + SLOT_ENTRIES * slot;
        long cur = entries[at];
        if (cur == NONE || (earliest ? t < cur : t > cur)) {
            entries[at] = t;
            entries[at + 1] = source;
        }
    }

    void offerDay(int day, long t, long source) {
        int first = DAY_ENTRIES * day;
        int last = first + 2;
        if (entries[first] == NONE || t < entries[first]) {
            entries[first] = t;
            entries[first + 1] = source;
        }
        if (entries[last] == NONE || t > entries[last]) {
            entries[last] = t;
            entries[last + 1] = source;
        }
    }

    /** The real punch counting at a boundary slot, or null. */
    public Stamp atBoundary(int slot) {
        return stamp(slotsAt + SLOT_ENTRIES * slot);
    }

    /** First real punch of the attendance day (index 0 = the month's first day), or null. */
    public Stamp firstOfDay(int day) {
        return stamp(DAY_ENTRIES * day);
    }

    public Stamp lastOfDay(int day) {
        return stamp(DAY_ENTRIES * day + 2);
    }

    /** The stamp whose time is at {@code at} and whose source follows it. */
    private Stamp stamp(int at) {
        long t = entries[at];
        return t == NONE ? null : new Stamp(time(t), sources.unpack(entries[at + 1]));
    }

    /** A punch time with the row it came from. */
    public record Stamp(LocalDateTime time, SourceRef source) {
    }
}
