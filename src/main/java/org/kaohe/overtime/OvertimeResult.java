package org.kaohe.overtime;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Approval;

/**
 * One claim after verification: hours claimed and verified, the punches that verified them (null when none), the
 * scheduled hours taken out on a working day, and the points earned before the monthly cap.
 */
public record OvertimeResult(OvertimeClaim claim, DayType dayType, BigDecimal claimedHours,
                             LocalDateTime firstPunch, LocalDateTime lastPunch, BigDecimal scheduledHours,
                             BigDecimal verifiedHours, BigDecimal points) {

    public boolean approved() {
        return claim.status() == Approval.APPROVED;
    }
}
