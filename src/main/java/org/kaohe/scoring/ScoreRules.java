package org.kaohe.scoring;

import java.math.BigDecimal;

/** Score arithmetic, attendance points, veto by absence and grade thresholds (SPEC §3.5–3.7). */
public record ScoreRules(BigDecimal start, BigDecimal min, BigDecimal max, BigDecimal bonusCap, BigDecimal late,
                         BigDecimal early, BigDecimal missingPunch, BigDecimal absencePerHalfDay,
                         BigDecimal vetoAbsenceDays, BigDecimal excellent, BigDecimal good, BigDecimal fair,
                         BigDecimal excellentQuota) {
}
