package org.kaohe.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kaohe.common.IdOrder;

/**
 * SPEC §3.7: grades by score, 较差 when vetoed, and 好 limited to a share of each section's graded people (rounded
 * down, at least 1); past the quota the lower scores become 较好 (ties: smaller total deductions, then 工号).
 */
public final class GradeAssigner {

    private final ScoreRules rules;

    public GradeAssigner(ScoreRules rules) {
        this.rules = rules;
    }

    /** A graded person as the grading sees them. */
    public record Candidate(String employeeId, String section, BigDecimal score, BigDecimal totalDeductions,
                            boolean vetoed) {
    }

    public Map<String, Grade> assign(List<Candidate> graded) {
        Map<String, Grade> grades = new HashMap<>();
        for (Candidate c : graded) {
            grades.put(c.employeeId(), byScore(c));
        }
        Map<String, List<Candidate>> bySection = graded.stream()
                .collect(Collectors.groupingBy(Candidate::section));
        bySection.values().forEach(members -> {
            int quota = Math.max(1, BigDecimal.valueOf(members.size()).multiply(rules.excellentQuota())
                    .setScale(0, RoundingMode.DOWN).intValue());
            List<Candidate> excellent = members.stream()
                    .filter(c -> grades.get(c.employeeId()) == Grade.EXCELLENT)
                    .sorted(Comparator.comparing(Candidate::score).reversed()
                            .thenComparing(Candidate::totalDeductions)
                            .thenComparing(Candidate::employeeId, IdOrder.NATURAL))
                    .toList();
            excellent.stream().skip(quota).forEach(c -> grades.put(c.employeeId(), Grade.GOOD));
        });
        return grades;
    }

    private Grade byScore(Candidate c) {
        if (c.vetoed()) {
            return Grade.POOR;
        }
        if (c.score().compareTo(rules.excellent()) >= 0) {
            return Grade.EXCELLENT;
        }
        if (c.score().compareTo(rules.good()) >= 0) {
            return Grade.GOOD;
        }
        return c.score().compareTo(rules.fair()) >= 0 ? Grade.FAIR : Grade.POOR;
    }
}
