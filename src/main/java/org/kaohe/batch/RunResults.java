package org.kaohe.batch;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kaohe.common.Messages;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.history.MonthViolationCounts;
import org.kaohe.history.PersonSnapshot;
import org.kaohe.history.VetoCause;
import org.kaohe.history.YearBasis;
import org.kaohe.history.YearCounts;
import org.kaohe.information.Adoption;
import org.kaohe.information.InformationOutcome;
import org.kaohe.pay.PayCalculator;
import org.kaohe.report.CsvFile;
import org.kaohe.report.MonthCounts;
import org.kaohe.report.ResultsCsv;

/** A completed month as the run history keeps it. */
final class RunResults {

    private static final Messages CHINESE = Messages.forLang("zh");
    private static final Messages ENGLISH = Messages.forLang("en");

    private RunResults() {
    }

    /**
     * The people as the history keeps them, made one at a time as they are read: a province's 100,000 snapshots
     * held at once would take about half a gigabyte.
     */
    static List<PersonSnapshot> snapshots(List<PersonResult> results) {
        return new AbstractList<>() {
            @Override
            public PersonSnapshot get(int index) {
                return snapshot(results.get(index));
            }

            @Override
            public int size() {
                return results.size();
            }
        };
    }

    private static PersonSnapshot snapshot(PersonResult r) {
        List<CsvFile.Cell> cells = ResultsCsv.cells(r);
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.put(ResultsCsv.HEADER.get(i), cells.get(i).value());
        }
        Map<DontLet, Integer> violations = new EnumMap<>(DontLet.class);
        for (DontLet kind : DontLet.values()) {
            violations.put(kind, 0);
        }
        r.violations().forEach(v -> violations.merge(v.dontLet(), 1, Integer::sum));
        InformationOutcome info = r.information();
        return new PersonSnapshot(r.staff().id(), r.staff().name(), r.staff().section(), r.score(), r.grade(),
                r.pay(), columns, violations, new YearCounts(r.dutyAbsences(), info.missedWeeks(),
                        info.adoptions(Adoption.CITY), info.adoptions(Adoption.PROVINCE),
                        info.adoptions(Adoption.NATIONAL)), new YearBasis(r.staff().payBase(), r.staff().infoDuty()),
                r.card().vetoes().stream().map(v -> new VetoCause(CHINESE.get(v.cause()), ENGLISH.get(v.cause()),
                        v.source())).toList());
    }

    /** The pools' total; in coefficient mode, where there is no pool, what was paid. */
    static BigDecimal pool(MonthlyEvaluation month) {
        List<PayCalculator.Pool> pools = month.pools();
        return pools.isEmpty()
                ? month.results().stream().map(PersonResult::pay).reduce(BigDecimal.ZERO, BigDecimal::add)
                : pools.stream().map(PayCalculator.Pool::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The month's violations (people's and whole sections') counted per don't-let and section. */
    static List<MonthViolationCounts.Count> violations(MonthlyEvaluation month) {
        List<Violation> all = new ArrayList<>();
        month.results().forEach(r -> all.addAll(r.violations()));
        month.sections().forEach(s -> all.addAll(s.findings().violations()));
        List<MonthViolationCounts.Count> list = new ArrayList<>();
        MonthCounts.of(month.month(), all).bySection().forEach((dontLet, bySection) -> bySection.forEach(
                (section, n) -> list.add(new MonthViolationCounts.Count(dontLet, section, n))));
        return list;
    }

    /** The months already run, as the five don't-lets trend reads them. */
    static List<MonthCounts> earlierMonths(List<MonthViolationCounts> trend) {
        List<MonthCounts> months = new ArrayList<>();
        for (MonthViolationCounts m : trend) {
            Map<DontLet, Map<String, Integer>> counts = new EnumMap<>(DontLet.class);
            m.counts().forEach(c -> counts.computeIfAbsent(c.dontLet(), d -> new TreeMap<>())
                    .put(c.section(), c.violations()));
            months.add(new MonthCounts(m.month(), counts));
        }
        return months;
    }
}
