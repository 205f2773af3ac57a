package org.kaohe.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-scale, half-up rendering of exact values, as SPEC §4 prescribes per column. */
public final class Numbers {

    private Numbers() {
    }

    public static String fixed(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    public static String days(BigDecimal value) {
        return fixed(value, 1);
    }

    public static String points(BigDecimal value) {
        return fixed(value, 2);
    }

    /** A share from the rules as the percentage they mean, exactly and without trailing zeros: 0.2 → 20. */
    public static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
