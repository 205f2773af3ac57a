package org.kaohe.year;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A value kept as numerator / denominator so that a mean of scores (a third, a seventh …) compares with the ladder's
 * thresholds and with other people exactly; only what is written is rounded.
 */
public record Exact(BigDecimal numerator, int denominator) implements Comparable<Exact> {

    public static final Exact ZERO = new Exact(BigDecimal.ZERO, 1);

    public Exact {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator " + denominator);
        }
    }

    public static Exact of(BigDecimal value) {
        return new Exact(value, 1);
    }

    public Exact minus(BigDecimal value) {
        return new Exact(numerator.subtract(value.multiply(BigDecimal.valueOf(denominator))), denominator);
    }

    public boolean below(BigDecimal threshold) {
        return compareTo(of(threshold)) < 0;
    }

    /** Half up to {@code scale} decimals, from the exact value. */
    public BigDecimal rounded(int scale) {
        return numerator.divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Exact o) {
        return numerator.multiply(BigDecimal.valueOf(o.denominator))
                .compareTo(o.numerator.multiply(BigDecimal.valueOf(denominator)));
    }
}
