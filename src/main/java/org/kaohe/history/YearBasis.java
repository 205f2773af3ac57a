package org.kaohe.history;

import java.math.BigDecimal;

/**
 * What the year takes from a person's latest month that no results column holds: the 绩效基数 its 考核奖 is reckoned
 * on, and whether the person has the 信息报送 duty (SPEC §6).
 */
public record YearBasis(BigDecimal payBase, boolean informationDuty) {
}
