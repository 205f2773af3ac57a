package org.kaohe.information;

import java.math.BigDecimal;
import java.util.Map;

/** SPEC §3.10: points per missed week (信息缺报) and the bonus per adoption level (市/省/国家). */
public record InformationRules(BigDecimal missedWeekPoints, Map<Adoption, BigDecimal> adoptionPoints) {

    public BigDecimal pointsFor(Adoption adoption) {
        return adoptionPoints.getOrDefault(adoption, BigDecimal.ZERO);
    }
}
