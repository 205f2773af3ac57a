package org.kaohe.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Why a graded person has their grade, as {@link GradeAssigner} decided it: the band their score reached (or the
 * veto), and for the 好 band the section's quota and their place in it, so {@code explain} tells the same story.
 *
 * @param person the person as graded: score, total deductions, veto
 * @param grade  the grade given
 * @param band   the grade the score alone would give (POOR when vetoed)
 * @param floor  the band's lowest score, or the 一般 floor the score is below (for a POOR band without a veto)
 * @param quota  the 好 quota of the section, present when the band is 好
 */
public record GradeDecision(GradeAssigner.Candidate person, Grade grade, Grade band, BigDecimal floor,
                            Optional<Quota> quota) {

    /**
     * The section's 好 quota as it applied to one person: {@code allowed} of the section's {@code graded} people
     * (share {@code share}), the person at {@code position} among the {@code contenders} whose score reached 好.
     * {@code rival} is the nearest contender with the same score whom the tie-break put on the other side of the
     * quota's line, when there is one.
     */
    public record Quota(String section, int graded, BigDecimal share, int allowed, int contenders, int position,
                        Optional<GradeAssigner.Candidate> rival) {

        public boolean within() {
            return position <= allowed;
        }
    }

    /** The decision once the section's quota has placed a 好-band person: 好 within it, 较好 past it. */
    GradeDecision withQuota(Quota q) {
        return new GradeDecision(person, q.within() ? Grade.EXCELLENT : Grade.GOOD, band, floor, Optional.of(q));
    }
}
