package org.kaohe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kaohe.discipline.DontLet;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.history.MonthViolationCounts;
import org.kaohe.history.PersonSnapshot;
import org.kaohe.pay.PayCalculator;
import org.kaohe.report.CsvFile;
import org.kaohe.report.ResultsCsv;

/** A completed month as the run history keeps it. */
final class RunResults {

    private RunResults() {
    }

    static List<PersonSnapshot> snapshots(List<PersonResult> results) {
        List<PersonSnapshot> people = new ArrayList<>(results.size());
        for (PersonResult r : results) {
            List<CsvFile.Cell> cells = ResultsCsv.cells(r);
            Map<String, String> columns = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                columns.put(ResultsCsv.HEADER.get(i), cells.get(i).value());
            }
            people.add(new PersonSnapshot(r.staff().id(), r.staff().name(), r.staff().section(), r.score(),
                    r.grade(), r.pay(), columns));
        }
        return people;
    }

    /** The pools' total; in coefficient mode, where there is no pool, what was paid. */
    static BigDecimal pool(MonthlyEvaluation month) {
        List<PayCalculator.Pool> pools = month.pools();
        return pools.isEmpty()
                ? month.results().stream().map(PersonResult::pay).reduce(BigDecimal.ZERO, BigDecimal::add)
                : pools.stream().map(PayCalculator.Pool::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every person's violations counted per don't-let and section (the section the violation names). */
    static List<MonthViolationCounts.Count> violations(List<PersonResult> results) {
        Map<DontLet, Map<String, Integer>> counts = new EnumMap<>(DontLet.class);
        results.stream().flatMap(r -> r.violations().stream()).forEach(v -> counts
                .computeIfAbsent(v.dontLet(), k -> new TreeMap<>()).merge(v.section(), 1, Integer::sum));
        List<MonthViolationCounts.Count> list = new ArrayList<>();
        counts.forEach((dontLet, bySection) -> bySection.forEach((section, n) ->
                list.add(new MonthViolationCounts.Count(dontLet, section, n))));
        return list;
    }
}
