package org.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.Fixtures;
import org.kaohe.scoring.GradeAssigner.Candidate;

/** SPEC §3.7: 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60; 好 at most 40 % of a section (rounded down, at least 1). */
class GradeAssignerTest {

    private final GradeAssigner assigner = new GradeAssigner(Fixtures.rules().score());

    private static Candidate c(String id, String section, String score, String deductions, boolean vetoed) {
        return new Candidate(id, section, new BigDecimal(score), new BigDecimal(deductions), vetoed);
    }

    private Map<String, Grade> grades(List<Candidate> graded) {
        Map<String, Grade> grades = new HashMap<>();
        assigner.assign(graded).forEach((id, d) -> grades.put(id, d.grade()));
        return grades;
    }

    @Test
    void gradesByScoreAndTheQuotaKeepsTheBestWithTiesBrokenByDeductionsThenId() {
        Map<String, Grade> g = grades(List.of(
                c("1006", "A", "95", "5", false), c("1002", "A", "95", "5", false), c("1003", "A", "95", "3", false),
                c("1004", "A", "90", "10", false), c("1005", "A", "85", "15", false), c("1001", "A", "99", "0", true),
                c("2001", "B", "91", "9", false), c("2002", "B", "59.99", "40", false),
                c("2003", "B", "60", "40", false)));
        // section A: 6 graded → quota floor(2.4) = 2: 1003 (95, fewer deductions), then 1002 (95, 5, smaller 工号)
        assertThat(g).containsEntry("1003", Grade.EXCELLENT).containsEntry("1002", Grade.EXCELLENT)
                .containsEntry("1006", Grade.GOOD).containsEntry("1004", Grade.GOOD)
                .containsEntry("1005", Grade.GOOD).containsEntry("1001", Grade.POOR);
        // section B: 3 graded → floor(1.2) = 1
        assertThat(g).containsEntry("2001", Grade.EXCELLENT).containsEntry("2002", Grade.POOR)
                .containsEntry("2003", Grade.FAIR);
    }

    @Test
    void equalScoresAndDeductionsGoBy工号AsNumbers() {
        Map<String, Grade> g = grades(List.of(c("1000", "D", "95", "5", false),
                c("999", "D", "95", "5", false), c("1001", "D", "70", "30", false)));
        assertThat(g).containsEntry("999", Grade.EXCELLENT).containsEntry("1000", Grade.GOOD);
    }

    @Test
    void aSectionOfOneMayStillHaveOneExcellent() {
        assertThat(grades(List.of(c("3001", "C", "90", "10", false))))
                .containsEntry("3001", Grade.EXCELLENT);
    }

    @Test
    void theDecisionRecordsTheBandTheQuotaAndTheTieAcrossItsLine() {
        List<Candidate> a = List.of(c("1006", "A", "95", "5", false), c("1002", "A", "95", "5", false),
                c("1003", "A", "95", "3", false), c("1004", "A", "90", "10", false), c("1005", "A", "85", "15", false),
                c("1001", "A", "99", "0", true));
        Map<String, GradeDecision> d = assigner.assign(a);

        // quota order: 1003, 1002, 1006, 1004; the line falls between 1002 and 1006, both 95 with 5 deducted
        assertThat(d.get("1002").quota()).contains(new GradeDecision.Quota("A", 6, new BigDecimal("0.40"), 2, 4, 2,
                Optional.of(a.get(0))));
        assertThat(d.get("1006").quota()).contains(new GradeDecision.Quota("A", 6, new BigDecimal("0.40"), 2, 4, 3,
                Optional.of(a.get(1))));
        assertThat(d.get("1006").band()).isEqualTo(Grade.EXCELLENT);
        assertThat(d.get("1006").grade()).isEqualTo(Grade.GOOD);
        // 1003 is ahead of 1006 too, but the line does not run between them
        assertThat(d.get("1003").quota().orElseThrow().rival()).contains(a.get(0));
        assertThat(d.get("1004").quota().orElseThrow().rival()).isEmpty();
        assertThat(d.get("1004").quota().orElseThrow().position()).isEqualTo(4);
        assertThat(d.get("1005")).isEqualTo(new GradeDecision(a.get(4), Grade.GOOD, Grade.GOOD, new BigDecimal("80"),
                Optional.empty()));
        assertThat(d.get("1001").band()).isEqualTo(Grade.POOR);
        assertThat(d.get("1001").quota()).isEmpty();
    }
}
