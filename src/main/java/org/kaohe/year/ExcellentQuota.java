package org.kaohe.year;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kaohe.common.IdOrder;
import org.kaohe.pay.PayRules;
import org.kaohe.scoring.Grade;

/**
 * SPEC §6's 优秀 quota: a share of the people with a year grade in the scope (不定等次 not counted, vetoed people
 * counted), rounded down, at least 1. Candidates rank by 年度得分, then more 好 months, then smaller total
 * deductions, then 工号.
 */
public final class ExcellentQuota {

    static final Comparator<YearTally> RANKING = Comparator.comparing(YearTally::yearScore).reversed()
            .thenComparing(Comparator.comparingInt((YearTally t) -> t.months(Grade.EXCELLENT)).reversed())
            .thenComparing(YearTally::totalDeductions)
            .thenComparing(YearTally::employeeId, IdOrder.NATURAL);

    private ExcellentQuota() {
    }

    /** Each 优秀 candidate's position, by 工号; {@code ladder} holds every person's grade from the ladder. */
    public static Map<String, QuotaPosition> positions(List<YearTally> people, Map<String, YearGrade> ladder,
                                                       YearRules rules) {
        Map<String, List<YearTally>> scopes = new TreeMap<>();
        for (YearTally t : people) {
            if (ladder.get(t.employeeId()) != YearGrade.UNDETERMINED) {
                String scope = rules.quotaScope() == PayRules.Scope.SECTION ? t.section() : "";
                scopes.computeIfAbsent(scope, s -> new ArrayList<>()).add(t);
            }
        }
        Map<String, QuotaPosition> positions = new HashMap<>();
        for (List<YearTally> graded : scopes.values()) {
            int quota = Math.max(1, BigDecimal.valueOf(graded.size()).multiply(rules.excellentQuota())
                    .setScale(0, RoundingMode.DOWN).intValue());
            List<YearTally> candidates = graded.stream()
                    .filter(t -> ladder.get(t.employeeId()) == YearGrade.EXCELLENT).sorted(RANKING).toList();
            for (int i = 0; i < candidates.size(); i++) {
                positions.put(candidates.get(i).employeeId(), new QuotaPosition(i + 1, quota, graded.size()));
            }
        }
        return positions;
    }
}
