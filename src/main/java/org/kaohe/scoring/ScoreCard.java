package org.kaohe.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A person's score: every line behind it, the total per results column (加班加分 already capped), the bonus that
 * actually entered the score (capped), the score, and the vetoes.
 */
public record ScoreCard(List<ScoreLine> lines, Map<ScoreColumn, BigDecimal> totals, BigDecimal bonusApplied,
                        BigDecimal score, List<Veto> vetoes) {

    public BigDecimal total(ScoreColumn column) {
        return totals.getOrDefault(column, BigDecimal.ZERO);
    }

    public BigDecimal totalDeductions() {
        return deductionsOf(totals);
    }

    /** The sum of the deduction columns of per-column totals. */
    static BigDecimal deductionsOf(Map<ScoreColumn, BigDecimal> totals) {
        return totals.entrySet().stream().filter(e -> !e.getKey().bonus()).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean vetoed() {
        return !vetoes.isEmpty();
    }
}
