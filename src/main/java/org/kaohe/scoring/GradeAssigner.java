package org.kaohe.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaohe.common.IdOrder;

/**
 * SPEC §3.7: grades by score, 较差 when vetoed, and 好 limited to a share of each section's graded people (rounded
 * down, at least 1); past the quota the lower scores become 较好 (ties: smaller total deductions, then 工号). Each
 * grade comes with its {@link GradeDecision reasons}.
 */
public final class GradeAssigner {

    private static final Comparator<Candidate> QUOTA_ORDER = Comparator.comparing(Candidate::score).reversed()
            .thenComparing(Candidate::totalDeductions)
            .thenComparing(Candidate::employeeId, IdOrder.NATURAL);

    private final ScoreRules rules;

    public GradeAssigner(ScoreRules rules) {
        this.rules = rules;
    }

    /** A graded person as the grading sees them. */
    public record Candidate(String employeeId, String section, BigDecimal score, BigDecimal totalDeductions,
                            boolean vetoed) {
    }

    public Map<String, GradeDecision> assign(List<Candidate> graded) {
        Map<String, GradeDecision> decisions = new HashMap<>();
        for (Candidate c : graded) {
            Grade band = band(c);
            decisions.put(c.employeeId(), new GradeDecision(c, band, band, floor(band), Optional.empty()));
        }
        Map<String, List<Candidate>> bySection = graded.stream()
                .collect(Collectors.groupingBy(Candidate::section));
        bySection.forEach((section, members) -> {
            int quota = Math.max(1, BigDecimal.valueOf(members.size()).multiply(rules.excellentQuota())
                    .setScale(0, RoundingMode.DOWN).intValue());
            List<Candidate> contenders = members.stream()
                    .filter(c -> decisions.get(c.employeeId()).band() == Grade.EXCELLENT)
                    .sorted(QUOTA_ORDER)
                    .toList();
            for (int i = 0; i < contenders.size(); i++) {
                Candidate c = contenders.get(i);
                GradeDecision.Quota q = new GradeDecision.Quota(section, members.size(), rules.excellentQuota(),
                        quota, contenders.size(), i + 1, rival(contenders, i, quota));
                decisions.put(c.employeeId(), decisions.get(c.employeeId()).withQuota(q));
            }
        });
        return decisions;
    }

    /** The contender just across the quota's line from the one at {@code index}, when only the tie-break parts them. */
    private static Optional<Candidate> rival(List<Candidate> contenders, int index, int quota) {
        int across = index < quota ? quota : quota - 1;
        if (across < 0 || across >= contenders.size()) {
            return Optional.empty();
        }
        Candidate other = contenders.get(across);
        return other.score().compareTo(contenders.get(index).score()) == 0 ? Optional.of(other) : Optional.empty();
    }

    private Grade band(Candidate c) {
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

    private BigDecimal floor(Grade band) {
        return switch (band) {
            case EXCELLENT -> rules.excellent();
            case GOOD -> rules.good();
            case FAIR, POOR, NOT_RATED -> rules.fair();
        };
    }
}
