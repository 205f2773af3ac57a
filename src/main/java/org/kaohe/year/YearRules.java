package org.kaohe.year;

import java.math.BigDecimal;
import java.util.Map;
import org.kaohe.pay.PayRules;

/**
 * SPEC §6, the {@code year:} section of jobs/rules.yml: graded months needed for a grade, the year's charges, the
 * grade ladder's thresholds, the 优秀 quota and its scope, the years of 优秀 running for 记三等功, 考核奖 per grade,
 * and the working days the 优秀 candidates are publicly shown (公示期).
 */
public record YearRules(int minGradedMonths, BigDecimal dutyAbsentPoints, int provinceTarget, int cityTarget,
                        BigDecimal shortPiecePoints, BigDecimal incompetentBelow, int incompetentPoorMonths,
                        BigDecimal basicBelow, int basicPoorMonths, BigDecimal excellentMin,
                        BigDecimal excellentGoodShare, BigDecimal excellentQuota, PayRules.Scope quotaScope,
                        int meritYears, Map<YearGrade, BigDecimal> awardFactor, int publicityDays) {
}
