package org.kaohe.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.common.IdOrder;

/**
 * Splits a pool in proportion to weights, to the fen, summing exactly to the pool: every share is floored to the
 * fen, then the remaining fens go one each to the largest remainders (ties: 工号 ascending). All exact decimals.
 */
public final class PoolAllocator {

    private static final BigDecimal FEN = new BigDecimal("0.01");

    private PoolAllocator() {
    }

    /** A person's weight in the pool. */
    public record Weight(String employeeId, BigDecimal weight) {
    }

    /** Pay per 工号 in the order given; all zero when the weights sum to zero (the pool is not allocated). */
    public static Map<String, BigDecimal> allocate(BigDecimal pool, List<Weight> weights) {
        BigDecimal total = weights.stream().map(Weight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> pay = new LinkedHashMap<>();
        if (total.signum() == 0) {
            weights.forEach(w -> pay.put(w.employeeId(), BigDecimal.ZERO.setScale(2)));
            return pay;
        }
        record Share(String id, BigDecimal remainder) {
        }
        List<Share> shares = new ArrayList<>();
        BigDecimal handedOut = BigDecimal.ZERO;
        for (Weight w : weights) {
            BigDecimal numerator = pool.multiply(w.weight());
            BigDecimal floor = numerator.divide(total, 2, RoundingMode.DOWN);
            pay.put(w.employeeId(), floor);
            handedOut = handedOut.add(floor);
            shares.add(new Share(w.employeeId(), numerator.subtract(floor.multiply(total))));
        }
        int fensLeft = pool.subtract(handedOut).divide(FEN, 0, RoundingMode.UNNECESSARY).intValueExact();
        shares.stream()
                .sorted(Comparator.comparing(Share::remainder).reversed().thenComparing(Share::id, IdOrder.NATURAL))
                .limit(fensLeft)
                .forEach(s -> pay.merge(s.id(), FEN, BigDecimal::add));
        return pay;
    }
}
