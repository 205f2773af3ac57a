package org.kaohe.section;

import java.math.BigDecimal;
import java.util.List;
import org.kaohe.discipline.SectionDiscipline;

/**
 * A section's month (SPEC §3.9). {@code score} is the mean of its graded members' scores minus its section-level
 * findings (plus their commendations); it is null, and {@code rank} is null, when no member was graded.
 * {@code violations} counts the members' don't-let violations and the section's own.
 */
public record SectionStanding(String section, int gradedMembers, BigDecimal meanScore, BigDecimal score,
                              int violations, List<String> vetoedMembers, SectionDiscipline findings, Integer rank,
                              boolean civilized) {

    public boolean ranked() {
        return rank != null;
    }

    /** A vetoed member or a veto finding against the section keeps it from being 文明科室. */
    public boolean barred() {
        return !vetoedMembers.isEmpty() || !findings.bars().isEmpty();
    }
}
