package org.kaohe.year;

import java.math.BigDecimal;

/**
 * One person's year: the tally, the ladder's grade before the quota, the final grade, the candidate's place in the
 * quota (null for a person who was no 优秀 candidate), the award (null for none) and 考核奖 (null when the
 * 绩效基数 it rests on was never recorded).
 */
public record PersonYear(YearTally tally, YearGrade ladderGrade, YearGrade grade, QuotaPosition quotaPosition,
                         YearAward award, BigDecimal bonus) {

    public String employeeId() {
        return tally.employeeId();
    }

    public boolean fellBelowQuota() {
        return quotaPosition != null && !quotaPosition.within();
    }
}
