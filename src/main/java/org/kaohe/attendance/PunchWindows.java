package org.kaohe.attendance;

import java.util.List;

/**
 * The month's boundary windows ({@link MonthPlan#forEachWindowHolding}) as whole epoch seconds in flat arrays,
 * so that folding millions of punch rows compares numbers instead of creating dates and callbacks for each row.
 * Every reader gives punch times in whole seconds, for which this finds exactly the windows the plan finds.
 */
final class PunchWindows {

    private static final long SECONDS_PER_DAY = 86_400;

    private final long monthStart;
    private final int days;
    /** Day d's slots are firstSlot[d] up to (without) firstSlot[d + 1]; firstSlot[days] is the slot count. */
    private final int[] firstSlot;
    private final long[] windowFirst;
    private final long[] windowEnd;
    private final boolean[] earliest;

    PunchWindows(MonthPlan plan) {
        monthStart = PersonPunches.seconds(plan.month().atDay(1).atStartOfDay());
        days = plan.days().size();
        firstSlot = new int[days + 1];
        windowFirst = new long[plan.boundaryCount()];
        windowEnd = new long[plan.boundaryCount()];
        earliest = new boolean[plan.boundaryCount()];
        for (int d = 0; d < days; d++) {
            DayPlan day = plan.days().get(d);
            List<Boundary> boundaries = day.boundaries();
            firstSlot[d] = plan.slot(day.date(), 0);
            for (int i = 0; i < boundaries.size(); i++) {
                Boundary b = boundaries.get(i);
                int slot = firstSlot[d] + i;
                windowFirst[slot] = b.firstSecond();
                windowEnd[slot] = b.endSecond();
                earliest[slot] = b.in();
            }
        }
        firstSlot[days] = plan.boundaryCount();
    }

    /** The index in the month (0 = its first day) of the day holding the epoch second; outside [0, days) if none. */
    int day(long second) {
        return (int) Math.floorDiv(second - monthStart, SECONDS_PER_DAY);
    }

    boolean inMonth(int day) {
        return day >= 0 && day < days;
    }

    /**
     * Offers the punch at every boundary whose window holds it, looking (like the plan) at the windows of its own
     * day and both neighbours.
     */
    void offer(PersonPunches person, int day, long second, long source) {
        int from = firstSlot[Math.max(0, Math.min(days, day - 1))];
        int to = firstSlot[Math.max(0, Math.min(days, day + 2))];
        for (int slot = from; slot < to; slot++) {
            if (second >= windowFirst[slot] && second < windowEnd[slot]) {
                person.offer(slot, earliest[slot], second, source);
            }
        }
    }
}
