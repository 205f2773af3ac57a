package org.kaohe.section;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kaohe.common.NameOrder;
import org.kaohe.discipline.SectionDiscipline;

/**
 * 文明科室评比 (SPEC §3.9): section score = mean of the graded members' scores − section-level findings; ranked by
 * score, then fewer violations, then name (in Chinese collation order, as an office list is sorted); the best
 * ranked section with no vetoed member and no veto finding is the month's 文明科室.
 */
public final class SectionRanking {

    /** The mean keeps 34 significant digits: exact for any real ranking; only written values are rounded. */
    private static final MathContext MEAN = MathContext.DECIMAL128;

    /** A member as the ranking sees them; ungraded (不参评) members are left out by the caller. */
    public record Member(String employeeId, String section, BigDecimal score, boolean vetoed, int violations) {
    }

    /**
     * @param sections every section on the roster, graded members or not
     * @param findings the section-level findings' outcome per section (absent: none)
     */
    public List<SectionStanding> rank(Collection<String> sections, List<Member> members,
                                      Map<String, SectionDiscipline> findings) {
        List<SectionStanding> ranked = new ArrayList<>();
        List<SectionStanding> unranked = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(NameOrder.CHINESE);
        names.addAll(sections);
        Map<String, List<Member>> bySection = members.stream().collect(Collectors.groupingBy(Member::section));
        for (String section : names) {
            List<Member> own = bySection.getOrDefault(section, List.of());
            SectionDiscipline d = findings.getOrDefault(section, SectionDiscipline.none(section));
            int violations = own.stream().mapToInt(Member::violations).sum() + d.violations().size();
            List<String> vetoed = own.stream().filter(Member::vetoed).map(Member::employeeId).toList();
            if (own.isEmpty()) {
                unranked.add(new SectionStanding(section, 0, null, null, violations, vetoed, d, null, false));
                continue;
            }
            BigDecimal mean = own.stream().map(Member::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(own.size()), MEAN);
            BigDecimal score = mean.subtract(d.deduction()).add(d.bonus());
            ranked.add(new SectionStanding(section, own.size(), mean, score, violations, vetoed, d, null, false));
        }
        ranked.sort(Comparator.comparing(SectionStanding::score).reversed()
                .thenComparingInt(SectionStanding::violations)
                .thenComparing(SectionStanding::section, NameOrder.CHINESE));
        List<SectionStanding> result = new ArrayList<>();
        boolean awarded = false;
        for (int i = 0; i < ranked.size(); i++) {
            SectionStanding s = ranked.get(i);
            boolean civilized = !awarded && !s.barred();
            awarded |= civilized;
            result.add(new SectionStanding(s.section(), s.gradedMembers(), s.meanScore(), s.score(), s.violations(),
                    s.vetoedMembers(), s.findings(), i + 1, civilized));
        }
        result.addAll(unranked);
        return result;
    }
}
