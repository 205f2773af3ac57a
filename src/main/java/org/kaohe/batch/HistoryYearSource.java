package org.kaohe.batch;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kaohe.history.PersonSnapshot;
import org.kaohe.history.RunHistory;
import org.kaohe.history.YearBasis;
import org.kaohe.history.YearHistory;
import org.kaohe.report.ResultColumn;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.YearGrade;
import org.kaohe.year.YearSource;
import org.springframework.stereotype.Component;

/** The year's input read from the output root's run history: the months' people and the earlier years' grades. */
@Component
public class HistoryYearSource implements YearSource {

    /** The deduction columns whose sum breaks the 优秀 quota's ties (SPEC §6). */
    private static final List<ResultColumn> DEDUCTIONS = List.of(ResultColumn.ATTENDANCE_POINTS,
            ResultColumn.ERROR_POINTS, ResultColumn.FINDING_POINTS, ResultColumn.DUTY_POINTS,
            ResultColumn.DELAY_POINTS, ResultColumn.BACKLOG_POINTS, ResultColumn.INFORMATION_POINTS);

    private final RunHistory months;
    private final YearHistory years;

    public HistoryYearSource(RunHistory months, YearHistory years) {
        this.months = months;
        this.years = years;
    }

    @Override
    public Map<YearMonth, Long> monthsRun(Year year) {
        Map<YearMonth, Long> runs = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = year.atMonth(m);
            months.lastCompleted(month).ifPresent(r -> runs.put(month, r.id()));
        }
        return runs;
    }

    @Override
    public List<PersonMonth> people(YearMonth month, long runId) {
        return months.people(runId).stream().map(p -> personMonth(month, p)).toList();
    }

    @Override
    public Map<Integer, Set<String>> excellentBefore(Year year, int count) {
        Map<Integer, Set<String>> excellent = new TreeMap<>();
        for (int back = 1; back <= count; back++) {
            Year earlier = year.minusYears(back);
            excellent.put(earlier.getValue(), years.graded(earlier, YearGrade.EXCELLENT.name()));
        }
        return excellent;
    }

    /** A vetoed month without causes was recorded by an earlier version: {@link PersonMonth} knows it as unknown. */
    private static PersonMonth personMonth(YearMonth month, PersonSnapshot p) {
        BigDecimal deductions = BigDecimal.ZERO;
        for (ResultColumn c : DEDUCTIONS) {
            // a column added after the month was run (信息扣分) did not deduct anything then
            String cell = p.columns().get(c.header());
            deductions = cell == null ? deductions : deductions.add(new BigDecimal(cell));
        }
        boolean vetoed = "是".equals(p.columns().get(ResultColumn.VETO.header()));
        YearBasis basis = p.yearBasis();
        return new PersonMonth(month, p.employeeId(), p.name(), p.section(), basis == null ? null : basis.payBase(),
                basis == null ? null : basis.informationDuty(), p.score(), p.grade(), vetoed, deductions,
                p.yearCounts(), p.vetoCauses());
    }
}
