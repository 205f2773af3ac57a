package org.kaohe.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.pay.PayCalculator.Payee;
import org.kaohe.scoring.Grade;

/** SPEC §3.8: the pool is split to the fen by largest remainders and sums exactly; coefficient mode. */
class PayCalculatorTest {

    private static Payee payee(String id, String section, String base, String coefficient, String score,
                               String numerator, boolean vetoed, Grade grade) {
        return new Payee(id, section, new BigDecimal(base), new BigDecimal(coefficient), new BigDecimal(score),
                new BigDecimal(numerator), 18, vetoed, grade);
    }

    @Test
    void equalSharesOfAnIndivisiblePoolGiveTheLeftoverFenToTheSmallest工号() {
        Map<String, BigDecimal> pay = PoolAllocator.allocate(new BigDecimal("10000.00"), List.of(
                new PoolAllocator.Weight("1003", BigDecimal.ONE), new PoolAllocator.Weight("1001", BigDecimal.ONE),
                new PoolAllocator.Weight("1002", BigDecimal.ONE)));
        assertThat(pay).containsEntry("1001", new BigDecimal("3333.34")).containsEntry("1002", new BigDecimal("3333.33"))
                .containsEntry("1003", new BigDecimal("3333.33"));
    }

    @Test
    void theLeftoverFenGoesByNumeric工号() {
        Map<String, BigDecimal> pay = PoolAllocator.allocate(new BigDecimal("100.00"), List.of(
                new PoolAllocator.Weight("1000", BigDecimal.ONE), new PoolAllocator.Weight("999", BigDecimal.ONE),
                new PoolAllocator.Weight("1001", BigDecimal.ONE)));
        assertThat(pay).containsEntry("999", new BigDecimal("33.34")).containsEntry("1000", new BigDecimal("33.33"))
                .containsEntry("1001", new BigDecimal("33.33"));
    }

    @Test
    void thePoolIsSharedByScoreTimesCoefficientTimesFactorAndSumsExactly() {
        PayCalculator calc = new PayCalculator(Fixtures.rules().pay());
        PayCalculator.Outcome o = calc.pay(List.of(
                payee("1001", "A", "3000.00", "1.2", "95", "18", false, Grade.EXCELLENT),
                payee("1002", "A", "2800.00", "1.0", "88.5", "17", false, Grade.GOOD),
                payee("1003", "B", "3100.00", "1.0", "72", "16.5", false, Grade.FAIR),
                payee("1004", "B", "3200.00", "1.0", "99", "18", true, Grade.POOR)));
        // pool 12100.00 (the vetoed person's base is in it); weights × 18 workdays: 2052, 1504.5, 1188, 0
        // 1001: 12100 × 2052 / 4744.5 = 5233.2595… → 5233.25, remainder 0.96 fen
        // 1002: 12100 × 1504.5 / 4744.5 = 3836.9585… → 3836.95, remainder 0.86 fen
        // 1003: 12100 × 1188 / 4744.5 = 3029.7818… → 3029.78, remainder 0.19 fen
        // the floors sum to 12099.98: the 2 fens left go to the largest remainders, 1001 and 1002
        assertThat(o.pay()).containsEntry("1001", new BigDecimal("5233.26"))
                .containsEntry("1002", new BigDecimal("3836.96")).containsEntry("1003", new BigDecimal("3029.78"))
                .containsEntry("1004", new BigDecimal("0.00"));
        assertThat(o.pay().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("12100.00");
        assertThat(o.pools()).containsExactly(new PayCalculator.Pool("", new BigDecimal("12100.00"),
                new BigDecimal("263.5833"), true));
    }

    @Test
    void nobodyIsPaidWhenAllPointsAreZero() {
        PayCalculator.Outcome o = new PayCalculator(Fixtures.rules().pay()).pay(List.of(
                payee("1001", "A", "3000.00", "1.0", "95", "18", true, Grade.POOR)));
        assertThat(o.pay()).containsEntry("1001", new BigDecimal("0.00"));
        assertThat(o.pools().get(0).allocated()).isFalse();
    }

    @Test
    void sectionPoolsAreSplitSeparately() {
        PayRules rules = new PayRules(PayRules.Mode.POOL, PayRules.Scope.SECTION, Fixtures.rules().pay().gradeCoefficient());
        PayCalculator.Outcome o = new PayCalculator(rules).pay(List.of(
                payee("1001", "A", "3000.00", "1.0", "90", "18", false, Grade.EXCELLENT),
                payee("1002", "A", "3000.00", "1.0", "60", "18", false, Grade.FAIR),
                payee("2001", "B", "2500.00", "1.0", "70", "9", false, Grade.FAIR)));
        assertThat(o.pay()).containsEntry("1001", new BigDecimal("3600.00"))
                .containsEntry("1002", new BigDecimal("2400.00")).containsEntry("2001", new BigDecimal("2500.00"));
        assertThat(o.pools()).extracting(PayCalculator.Pool::scope).containsExactly("A", "B");
    }

    @Test
    void coefficientModePaysBaseTimesGradeCoefficientTimesFactor() {
        PayRules rules = new PayRules(PayRules.Mode.COEFFICIENT, PayRules.Scope.OFFICE,
                Fixtures.rules().pay().gradeCoefficient());
        PayCalculator.Outcome o = new PayCalculator(rules).pay(List.of(
                payee("1001", "A", "3000.00", "1.0", "95", "16.5", false, Grade.EXCELLENT),
                payee("1002", "A", "2999.99", "1.0", "70", "17", false, Grade.FAIR),
                payee("1003", "A", "3000.00", "1.0", "99", "18", true, Grade.POOR)));
        // 3000 × 1.2 × 16.5 / 18 = 3300.00; 2999.99 × 0.8 × 17 / 18 = 2266.6591… → 2266.66
        assertThat(o.pay()).containsEntry("1001", new BigDecimal("3300.00"))
                .containsEntry("1002", new BigDecimal("2266.66")).containsEntry("1003", new BigDecimal("0.00"));
    }
}
