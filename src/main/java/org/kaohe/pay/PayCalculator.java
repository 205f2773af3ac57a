package org.kaohe.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kaohe.scoring.Grade;

/**
 * SPEC §3.8. Pool mode: each scope's pool (Σ 绩效基数 of its graded people) is shared by score × 岗位系数 × attendance
 * factor (0 when vetoed). Coefficient mode: 绩效基数 × grade coefficient × attendance factor, half up to the fen.
 */
public final class PayCalculator {

    private final PayRules rules;

    public PayCalculator(PayRules rules) {
        this.rules = rules;
    }

    /**
     * A graded person as pay sees them. The attendance factor is {@code factorNumerator / workdays}, passed as
     * its parts so that no division rounds before the pool is split.
     */
    public record Payee(String employeeId, String section, BigDecimal payBase, BigDecimal postCoefficient,
                        BigDecimal score, BigDecimal factorNumerator, int workdays, boolean vetoed, Grade grade) {

        /** points × workdays: the workdays divisor is common to everybody, so the pool split is unchanged. */
        BigDecimal weight() {
            return vetoed ? BigDecimal.ZERO : score.multiply(postCoefficient).multiply(factorNumerator);
        }
    }

    /** One pool: the whole office or one section. */
    public record Pool(String scope, BigDecimal amount, BigDecimal totalPoints, boolean allocated) {
    }

    /** Pay per 工号, and the pools (empty in coefficient mode). */
    public record Outcome(Map<String, BigDecimal> pay, List<Pool> pools) {
    }

    public Outcome pay(List<Payee> payees) {
        return rules.mode() == PayRules.Mode.POOL ? pooled(payees) : byCoefficient(payees);
    }

    private Outcome pooled(List<Payee> payees) {
        Map<String, List<Payee>> scopes = new TreeMap<>();
        for (Payee p : payees) {
            scopes.computeIfAbsent(rules.scope() == PayRules.Scope.OFFICE ? "" : p.section(),
                    k -> new ArrayList<>()).add(p);
        }
        Map<String, BigDecimal> pay = new HashMap<>();
        List<Pool> pools = new ArrayList<>();
        scopes.forEach((scope, members) -> {
            BigDecimal amount = members.stream().map(Payee::payBase).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<PoolAllocator.Weight> weights = members.stream()
                    .map(p -> new PoolAllocator.Weight(p.employeeId(), p.weight())).toList();
            BigDecimal weightSum = weights.stream().map(PoolAllocator.Weight::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int workdays = members.get(0).workdays();
            BigDecimal totalPoints = workdays == 0 ? BigDecimal.ZERO
                    : weightSum.divide(BigDecimal.valueOf(workdays), 4, RoundingMode.HALF_UP);
            pools.add(new Pool(scope, amount, totalPoints, weightSum.signum() > 0));
            pay.putAll(PoolAllocator.allocate(amount, weights));
        });
        return new Outcome(pay, pools);
    }

    private Outcome byCoefficient(List<Payee> payees) {
        Map<String, BigDecimal> pay = new LinkedHashMap<>();
        for (Payee p : payees) {
            BigDecimal coefficient = p.vetoed() ? BigDecimal.ZERO : rules.gradeCoefficient().get(p.grade());
            BigDecimal amount = p.workdays() == 0 ? BigDecimal.ZERO.setScale(2)
                    : p.payBase().multiply(coefficient).multiply(p.factorNumerator())
                            .divide(BigDecimal.valueOf(p.workdays()), 2, RoundingMode.HALF_UP);
            pay.put(p.employeeId(), amount);
        }
        return new Outcome(pay, List.of());
    }
}
