package org.kaohe.information;

import java.util.List;
import java.util.Map;
import org.kaohe.discipline.Violation;
import org.kaohe.scoring.ScoreLine;

/**
 * What the information ledger means for one person's month: the 信息扣分 and 信息加分 lines, the missed weeks as
 * DELAY violations, and the counts the year needs (weeks missed, adoptions per level in the month).
 */
public record InformationOutcome(List<ScoreLine> lines, List<Violation> violations, int missedWeeks,
                                 Map<Adoption, Integer> adoptions) {

    public int adoptions(Adoption level) {
        return adoptions.getOrDefault(level, 0);
    }
}
