package org.kaohe.overtime;

import static org.kaohe.common.Times.earlier;
import static org.kaohe.common.Times.later;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.kaohe.attendance.DayPlan;
import org.kaohe.attendance.MonthPlan;
import org.kaohe.attendance.PersonPunches;
import org.kaohe.attendance.PersonPunches.Stamp;
import org.kaohe.attendance.Segment;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Approval;

/**
 * SPEC §3.4: an approved claim counts only as far as the person's first-to-last punch of the claim's attendance day
 * covers it, minus scheduled working time on a working day, floored to the step (0.5 h) per claim.
 */
public final class OvertimeVerifier {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final MonthPlan plan;
    private final OvertimeRules rules;

    public OvertimeVerifier(MonthPlan plan, OvertimeRules rules) {
        this.plan = plan;
        this.rules = rules;
    }

    /** Verifies one claim dated in the month. */
    public OvertimeResult verify(OvertimeClaim claim, PersonPunches punches) {
        DayPlan day = plan.day(claim.date());
        BigDecimal claimed = hours(Duration.between(claim.startsAt(), claim.endsAt()).getSeconds());
        int dayIndex = claim.date().getDayOfMonth() - 1;
        Stamp first = punches.firstOfDay(dayIndex);
        Stamp last = punches.lastOfDay(dayIndex);
        LocalDateTime firstTime = first == null ? null : first.time();
        LocalDateTime lastTime = last == null ? null : last.time();
        if (claim.status() != Approval.APPROVED || first == null) {
            return new OvertimeResult(claim, day.type(), claimed, firstTime, lastTime, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO);
        }
        LocalDateTime from = later(claim.startsAt(), firstTime);
        LocalDateTime to = earlier(claim.endsAt(), lastTime);
        long overlap = Math.max(0, Duration.between(from, to).getSeconds());
        long scheduled = 0;
        if (overlap > 0 && day.type() == DayType.WORKDAY) {
            for (Segment s : day.segments()) {
                LocalDateTime a = later(from, day.startOf(s));
                LocalDateTime b = earlier(to, day.endOf(s));
                scheduled += Math.max(0, Duration.between(a, b).getSeconds());
            }
        }
        BigDecimal stepSeconds = rules.stepHours().multiply(SECONDS_PER_HOUR);
        BigDecimal verified = BigDecimal.valueOf(overlap - scheduled)
                .divide(stepSeconds, 0, RoundingMode.DOWN).multiply(rules.stepHours());
        BigDecimal points = verified.multiply(rules.pointsPerHour().get(day.type()));
        return new OvertimeResult(claim, day.type(), claimed, firstTime, lastTime, hours(scheduled), verified,
                points);
    }

    /** 加班加分: the month's overtime points, capped. */
    public BigDecimal cappedPoints(List<OvertimeResult> results) {
        return results.stream().map(OvertimeResult::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .min(rules.monthlyCap());
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
