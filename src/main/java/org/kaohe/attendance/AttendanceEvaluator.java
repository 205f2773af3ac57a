package org.kaohe.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaohe.attendance.AttendanceEvent.Kind;
import org.kaohe.attendance.PersonPunches.Stamp;
import org.kaohe.common.Msg;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;

/** Applies SPEC §2.3 (leave, punch fixes) and §3.1–3.3 to one person's month. */
public final class AttendanceEvaluator {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final MonthPlan plan;
    private final AttendanceRules rules;

    public AttendanceEvaluator(MonthPlan plan, AttendanceRules rules) {
        this.plan = plan;
        this.rules = rules;
    }

    /**
     * @param leaves every leave and PUNCH_FIX row of the person, whatever its status
     */
    public AttendanceResult evaluate(Staff staff, PersonPunches punches, List<Leave> leaves) {
        List<Leave> excusing = leaves.stream()
                .filter(l -> l.approved() && l.type() != LeaveType.PUNCH_FIX).toList();
        List<Leave> notApproved = leaves.stream()
                .filter(l -> !l.approved() && l.type() != LeaveType.PUNCH_FIX && overlapsMonth(l)).toList();
        List<FixOutcome> fixes = new ArrayList<>();
        Map<Integer, Stamp> fixed = applyFixes(staff, punches, leaves, excusing, fixes);

        Map<LeaveType, BigDecimal> leaveDays = new EnumMap<>(LeaveType.class);
        List<AttendanceEvent> events = new ArrayList<>();
        int employed = 0;
        int late = 0;
        int early = 0;
        int missing = 0;
        BigDecimal absent = BigDecimal.ZERO;
        AttendanceDays days = new AttendanceDays(plan.days().size());
        for (DayPlan day : plan.days()) {
            int dayOfMonth = day.date().getDayOfMonth();
            if (!staff.employedOn(day.date())) {
                continue;
            }
            if (!day.working()) {
                days.set(dayOfMonth, AttendanceDays.Status.REST);
                continue;
            }
            employed++;
            LeaveType leave = addLeaveDays(day, excusing, leaveDays);
            if (leave != null) {
                days.leave(dayOfMonth, leave);
            } else {
                days.set(dayOfMonth, AttendanceDays.Status.PRESENT);
            }
            if (staff.clocking() == Clocking.EXEMPT) {
                continue;
            }
            List<AttendanceEvent> dayEvents = evaluateDay(day, punches, fixed, excusing);
            worst(dayEvents).ifPresent(s -> days.set(dayOfMonth, s));
            BigDecimal dayAbsent = BigDecimal.ZERO;
            for (AttendanceEvent e : dayEvents) {
                switch (e.kind()) {
                    case LATE -> late++;
                    case EARLY -> early++;
                    case MISSING -> missing++;
                    case ABSENT -> dayAbsent = dayAbsent.add(e.absentDays());
                }
            }
            absent = absent.add(dayAbsent.min(BigDecimal.ONE));
            events.addAll(dayEvents);
        }
        BigDecimal numerator = BigDecimal.valueOf(employed).subtract(absent);
        for (Map.Entry<LeaveType, BigDecimal> e : leaveDays.entrySet()) {
            numerator = numerator.subtract(e.getValue().multiply(rules.ratioOf(e.getKey())));
        }
        leaveDays.remove(LeaveType.OFFICIAL);
        return new AttendanceResult(plan.workdays(), employed, late, early, missing, absent, leaveDays, numerator,
                events, fixes, notApproved, days);
    }

    /** The day's worst finding for the grid: 旷工, then 缺卡, 迟到, 早退. */
    private static Optional<AttendanceDays.Status> worst(List<AttendanceEvent> dayEvents) {
        return dayEvents.stream().map(e -> switch (e.kind()) {
            case ABSENT -> AttendanceDays.Status.ABSENT;
            case MISSING -> AttendanceDays.Status.MISSING;
            case LATE -> AttendanceDays.Status.LATE;
            case EARLY -> AttendanceDays.Status.EARLY;
        }).max(Comparator.comparingInt(AttendanceEvaluator::severity));
    }

    private static int severity(AttendanceDays.Status s) {
        return switch (s) {
            case ABSENT -> 4;
            case MISSING -> 3;
            case LATE -> 2;
            default -> 1;
        };
    }

    private boolean overlapsMonth(Leave l) {
        LocalDateTime monthStart = plan.month().atDay(1).atStartOfDay();
        LocalDateTime monthEnd = plan.month().atEndOfMonth().plusDays(1).atStartOfDay();
        LocalDateTime end = l.end() != null ? l.end() : l.start();
        return !end.isBefore(monthStart) && l.start().isBefore(monthEnd);
    }

    private List<AttendanceEvent> evaluateDay(DayPlan day, PersonPunches punches, Map<Integer, Stamp> fixed,
                                              List<Leave> excusing) {
        List<AttendanceEvent> events = new ArrayList<>();
        List<Boundary> bs = day.boundaries();
        BigDecimal share = segmentShare(day.segments().size());
        for (int i = 0; i < bs.size(); i += 2) {
            Boundary in = bs.get(i);
            Boundary out = bs.get(i + 1);
            Stamp inStamp = punchAt(day, i, punches, fixed);
            Stamp outStamp = punchAt(day, i + 1, punches, fixed);
            boolean inExcused = excused(in.at(), excusing);
            boolean outExcused = excused(out.at(), excusing);
            if (!inExcused && !outExcused && inStamp == null && outStamp == null) {
                events.add(new AttendanceEvent(Kind.ABSENT, in.at(), 0, share, null));
                continue;
            }
            if (!inExcused) {
                check(in.at(), inStamp, Kind.LATE, events);
            }
            if (!outExcused) {
                check(out.at(), outStamp, Kind.EARLY, events);
            }
        }
        return events;
    }

    private void check(LocalDateTime boundary, Stamp stamp, Kind kind, List<AttendanceEvent> events) {
        if (stamp == null) {
            events.add(new AttendanceEvent(Kind.MISSING, boundary, 0, BigDecimal.ZERO, null));
            return;
        }
        // whole minutes, seconds dropped; only the late (IN) or early (OUT) direction counts
        long minutes = kind == Kind.LATE ? Duration.between(boundary, stamp.time()).toMinutes()
                : Duration.between(stamp.time(), boundary).toMinutes();
        if (minutes <= rules.graceMinutes()) {
            return;
        }
        if (minutes <= rules.lateMaxMinutes()) {
            events.add(new AttendanceEvent(kind, boundary, minutes, BigDecimal.ZERO, stamp.source()));
        } else {
            BigDecimal days = minutes <= rules.halfDayMaxMinutes() ? HALF : BigDecimal.ONE;
            events.add(new AttendanceEvent(Kind.ABSENT, boundary, minutes, days, stamp.source()));
        }
    }

    /** A segment's share of the day in 旷工, to the half day: one segment a day, two half a day each. */
    private static BigDecimal segmentShare(int segments) {
        return BigDecimal.valueOf(2).divide(BigDecimal.valueOf(segments), 0, RoundingMode.HALF_UP).multiply(HALF);
    }

    private Stamp punchAt(DayPlan day, int boundaryIndex, PersonPunches punches, Map<Integer, Stamp> fixed) {
        int slot = plan.slot(day.date(), boundaryIndex);
        Stamp real = punches.atBoundary(slot);
        return real != null ? real : fixed.get(slot);
    }

    private static boolean excused(LocalDateTime t, List<Leave> excusing) {
        for (Leave l : excusing) {
            if (l.covers(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per leave type, the share of the day's scheduled time its approved leaves cover, to the half day; returns the
     * type covering most of the day (null when none covers a half day).
     */
    private LeaveType addLeaveDays(DayPlan day, List<Leave> excusing, Map<LeaveType, BigDecimal> leaveDays) {
        // in the enumeration's order, so a day split evenly between two leaves shows the same one every run
        Map<LeaveType, List<long[]>> covered = new EnumMap<>(LeaveType.class);
        for (Segment s : day.segments()) {
            long from = PersonPunches.seconds(day.startOf(s));
            long to = PersonPunches.seconds(day.endOf(s));
            for (Leave l : excusing) {
                long a = Math.max(from, PersonPunches.seconds(l.start()));
                long b = Math.min(to, PersonPunches.seconds(l.end()));
                if (b > a) {
                    covered.computeIfAbsent(l.type(), k -> new ArrayList<>()).add(new long[] {a, b});
                }
            }
        }
        long scheduled = day.scheduledMinutes() * 60;
        LeaveType most = null;
        BigDecimal mostHalfDays = BigDecimal.ZERO;
        for (Map.Entry<LeaveType, List<long[]>> e : covered.entrySet()) {
            BigDecimal halfDays = BigDecimal.valueOf(unionLength(e.getValue()) * 2)
                    .divide(BigDecimal.valueOf(scheduled), 0, RoundingMode.HALF_UP);
            if (halfDays.signum() > 0) {
                leaveDays.merge(e.getKey(), halfDays.multiply(HALF), BigDecimal::add);
                if (halfDays.compareTo(mostHalfDays) > 0) {
                    most = e.getKey();
                    mostHalfDays = halfDays;
                }
            }
        }
        return most;
    }

    private static long unionLength(List<long[]> intervals) {
        intervals.sort(Comparator.comparingLong(iv -> iv[0]));
        long total = 0;
        long curStart = Long.MIN_VALUE;
        long curEnd = Long.MIN_VALUE;
        for (long[] iv : intervals) {
            if (iv[0] > curEnd) {
                total += curEnd - curStart;
                curStart = iv[0];
                curEnd = iv[1];
            } else {
                curEnd = Math.max(curEnd, iv[1]);
            }
        }
        return total + (curEnd - curStart);
    }

    /**
     * PUNCH_FIX rows in time order: a fix fills a boundary of an employed working day whose window holds its time,
     * that is not excused and has no real punch; at most {@code fixesPerMonth} are applied.
     */
    private Map<Integer, Stamp> applyFixes(Staff staff, PersonPunches punches, List<Leave> leaves,
                                           List<Leave> excusing, List<FixOutcome> outcomes) {
        Map<Integer, Stamp> fixed = new HashMap<>();
        List<Leave> fixes = leaves.stream()
                .filter(l -> l.type() == LeaveType.PUNCH_FIX && plan.contains(l.start().toLocalDate()))
                .sorted(Comparator.comparing(Leave::start).thenComparing(l -> l.source().file())
                        .thenComparingLong(l -> l.source().row()))
                .toList();
        for (Leave fix : fixes) {
            Msg refusal = fixRefusal(staff, punches, fix, excusing, fixed);
            outcomes.add(new FixOutcome(fix, refusal == null, refusal));
        }
        return fixed;
    }

    private Msg fixRefusal(Staff staff, PersonPunches punches, Leave fix, List<Leave> excusing,
                           Map<Integer, Stamp> fixed) {
        if (!fix.approved()) {
            return Msg.of("attendance.fix_not_approved", fix.status());
        }
        if (staff.clocking() == Clocking.EXEMPT) {
            return Msg.of("attendance.fix_exempt");
        }
        if (fixed.size() >= rules.fixesPerMonth()) {
            return Msg.of("attendance.fix_quota", String.valueOf(rules.fixesPerMonth()));
        }
        Msg[] refusal = {Msg.of("attendance.fix_no_window")};
        int[] chosen = {-1};
        plan.forEachWindowHolding(fix.start(), (slot, date, boundary) -> {
            if (chosen[0] >= 0) {
                return;
            }
            if (!staff.employedOn(date)) {
                refusal[0] = Msg.of("attendance.fix_not_employed");
            } else if (excused(boundary.at(), excusing)) {
                refusal[0] = Msg.of("attendance.fix_excused");
            } else if (punches.atBoundary(slot) != null) {
                refusal[0] = Msg.of("attendance.fix_has_punch", punches.atBoundary(slot).time().toLocalTime());
            } else if (fixed.containsKey(slot)) {
                refusal[0] = Msg.of("attendance.fix_already_fixed");
            } else {
                chosen[0] = slot;
            }
        });
        if (chosen[0] < 0) {
            return refusal[0];
        }
        fixed.put(chosen[0], new Stamp(fix.start(), fix.source()));
        return null;
    }
}
