package org.kaohe.discipline;

import java.math.BigDecimal;
import java.util.List;
import org.kaohe.scoring.Veto;

/**
 * What the findings against a whole section mean for the section (SPEC §3.9): points deducted from (and, for a
 * commendation, added to) its section score, its don't-let violations, and the findings that bar it from 文明科室.
 */
public record SectionDiscipline(String section, BigDecimal deduction, BigDecimal bonus, List<Violation> violations,
                                List<Veto> bars) {

    public static SectionDiscipline none(String section) {
        return new SectionDiscipline(section, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of());
    }
}
