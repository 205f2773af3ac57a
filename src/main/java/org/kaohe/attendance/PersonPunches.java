package org.kaohe.attendance;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.kaohe.common.SourceRef;
import org.kaohe.common.SourceTable;

/**
 * What one person's punches of the month amount to, kept in fixed-size arrays (memory grows with people and days,
 * never with punch rows): the punch that counts at each boundary, the first and last punch of each attendance day
 * (for overtime), and which duty shifts were punched.
 */
public final class PersonPunches {

    static final long NONE = Long.MIN_VALUE;

    private final SourceTable sources;
    private final long[] boundaryTime;
    private final long[] boundarySource;
    private final long[] firstOfDay;
    private final long[] firstSource;
    private final long[] lastOfDay;
    private final long[] lastSource;

    PersonPunches(SourceTable sources, int boundaries, int days) {
        this.sources = sources;
        boundaryTime = filled(boundaries);
        boundarySource = filled(boundaries);
        firstOfDay = filled(days);
        firstSource = filled(days);
        lastOfDay = filled(days);
        lastSource = filled(days);
    }

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, NONE);
        return a;
    }

    static long seconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    static LocalDateTime time(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    void offer(int slot, boolean earliest, long t, long source) {
        long cur = boundaryTime[slot];
        if (cur == NONE || (earliest ? t < cur : t > cur)) {
            boundaryTime[slot] = t;
            boundarySource[slot] = source;
        }
    }

    void offerDay(int day, long t, long source) {
        if (firstOfDay[day] == NONE || t < firstOfDay[day]) {
            firstOfDay[day] = t;
            firstSource[day] = source;
        }
        if (lastOfDay[day] == NONE || t > lastOfDay[day]) {
            lastOfDay[day] = t;
            lastSource[day] = source;
        }
    }

    /** The real punch counting at a boundary slot, or null. */
    public Stamp atBoundary(int slot) {
        return stamp(boundaryTime[slot], boundarySource[slot]);
    }

    /** First real punch of the attendance day (index 0 = the month's first day), or null. */
    public Stamp firstOfDay(int day) {
        return stamp(firstOfDay[day], firstSource[day]);
    }

    public Stamp lastOfDay(int day) {
        return stamp(lastOfDay[day], lastSource[day]);
    }

    private Stamp stamp(long t, long source) {
        return t == NONE ? null : new Stamp(time(t), sources.unpack(source));
    }

    /** A punch time with the row it came from. */
    public record Stamp(LocalDateTime time, SourceRef source) {
    }
}
