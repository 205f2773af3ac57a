package org.kaohe.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.pay.PayCalculator;
import org.kaohe.scoring.Grade;
import org.kaohe.section.SectionStanding;

/** The short summary a finished run prints: people, rejected rows, pool, grade counts, files written. */
public final class RunSummary {

    private RunSummary() {
    }

    private static String count(List<PersonResult> results, ToIntFunction<PersonResult> perPerson) {
        return String.valueOf(results.stream().mapToInt(perPerson).sum());
    }

    public static List<String> lines(MonthlyEvaluation month, List<Path> written, Messages m) {
        List<String> lines = new ArrayList<>();
        List<PersonResult> results = month.results();
        long graded = results.stream().filter(PersonResult::graded).count();
        long vetoed = results.stream().filter(r -> r.graded() && r.card().vetoed()).count();
        lines.add(m.get("report.summary.title", month.month().toString()));
        lines.add(m.get("report.summary.people", String.valueOf(results.size()), String.valueOf(graded),
                String.valueOf(results.size() - graded), String.valueOf(vetoed)));
        lines.addAll(InputReport.tallies(month, m));
        lines.add(m.get("report.summary.rejected", String.valueOf(month.rejections().size())));
        lines.add(m.get("report.summary.not_applied",
                count(results, r -> r.attendance().notApproved().size()),
                count(results, r -> (int) r.attendance().fixes().stream().filter(f -> !f.applied()).count()),
                count(results, r -> (int) r.overtime().stream().filter(o -> !o.approved()).count())));
        for (PayCalculator.Pool pool : month.pools()) {
            String scope = pool.scope().isEmpty() ? m.get("report.summary.office") : pool.scope();
            lines.add(m.get(pool.allocated() ? "report.summary.pool" : "report.summary.pool_not_allocated", scope,
                    Numbers.points(pool.amount())));
        }
        BigDecimal paid = results.stream().map(PersonResult::pay).reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add(m.get("report.summary.paid", Numbers.points(paid)));
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        results.forEach(r -> counts.merge(r.grade(), 1, Integer::sum));
        StringBuilder grades = new StringBuilder();
        for (Grade g : Grade.values()) {
            grades.append(grades.length() == 0 ? "" : m.get("report.summary.separator"))
                    .append(m.get("report.summary.grade", g, String.valueOf(counts.getOrDefault(g, 0))));
        }
        lines.add(m.get("report.summary.grades", grades.toString()));
        lines.add(month.sections().stream().filter(SectionStanding::civilized).findFirst()
                .map(s -> m.get("report.summary.civilized", s.section(), Numbers.points(s.score())))
                .orElseGet(() -> m.get("report.summary.no_civilized")));
        for (Path p : written) {
            lines.add(m.get("report.summary.written", p.toString()));
        }
        return lines;
    }
}
