package org.kaohe.history;

/**
 * What a person's month tells the year (SPEC §6) that the results columns cannot: the number of 值班脱岗 (a finding's
 * 分值 may differ from the default, so 值班扣分 does not give it), the weeks of 信息缺报, and the adoptions per level
 * (信息加分 1.0 may be two 市 or one 省).
 */
public record YearCounts(int dutyAbsences, int infoMissedWeeks, int adoptionsCity, int adoptionsProvince,
                         int adoptionsNational) {
}
