package org.kaohe.pay;

import java.math.BigDecimal;
import java.util.Map;
import org.kaohe.scoring.Grade;

/** How the month's pay is computed (SPEC §3.8). */
public record PayRules(Mode mode, Scope scope, Map<Grade, BigDecimal> gradeCoefficient) {

    public enum Mode { POOL, COEFFICIENT }

    public enum Scope { OFFICE, SECTION }
}
