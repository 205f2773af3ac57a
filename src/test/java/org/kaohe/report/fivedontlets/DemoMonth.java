package org.kaohe.report.fivedontlets;

import java.nio.file.Path;
import java.time.YearMonth;
import org.kaohe.evaluation.MonthlyEvaluation;

/** The committed demo month (input/2026-10), evaluated once for the report tests. */
final class DemoMonth {

    private static MonthlyEvaluation evaluated;

    private DemoMonth() {
    }

    static synchronized MonthlyEvaluation evaluation() throws Exception {
        if (evaluated == null) {
            MonthlyEvaluation month = MonthlyEvaluation.open(YearMonth.of(2026, 10), Path.of("jobs/rules.yml"),
                    Path.of("input/2026-10"));
            month.readAll();
            month.evaluateAttendance();
            month.score();
            month.pay();
            evaluated = month;
        }
        return evaluated;
    }
}
