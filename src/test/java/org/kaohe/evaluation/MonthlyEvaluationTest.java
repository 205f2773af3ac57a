package org.kaohe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;
import org.kaohe.scoring.ScoreColumn;

/** The phases of a month outside the batch job, on {@link SmallMonth} with a duty roster added. */
class MonthlyEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void dutyShiftsNeedAPunchNearTheirStartAndOnlyRealLeaveExcusesThem() throws Exception {
        SmallMonth.writeTo(dir);
        // 1001 punched at 09:02 on Saturday 10-17; 1002 punched neither Saturday, is on annual leave on 10-24,
        // and has an approved 补卡 at 10-17 09:00, which supplies punch-point times only, never a duty presence
        SmallMonth.write(dir, "duty.csv", "日期,开始时间,结束时间,工号,需打卡",
                "2026-10-17,09:00,17:00,1001,是", "2026-10-17,09:00,17:00,1002,是",
                "2026-10-24,09:00,17:00,1002,是", "2026-10-25,09:00,17:00,1002,否");
        SmallMonth.write(dir, "leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "1002,事假,2026-10-13 08:00,2026-10-13 12:00,已批准,张伟",
                "1002,年休假,2026-10-24,2026-10-24,已批准,张伟",
                "1002,补卡,2026-10-17 09:00,2026-10-17,已批准,张伟");
        MonthlyEvaluation month = MonthlyEvaluation.open(YearMonth.of(2026, 10), Path.of("jobs/rules.yml"), dir);
        month.readAll();
        month.evaluateAttendance();
        month.score();
        month.pay();
        PersonResult zhang = result(month, "1001");
        PersonResult li = result(month, "1002");
        assertThat(zhang.card().total(ScoreColumn.DUTY)).isEqualByComparingTo("0");
        assertThat(li.card().total(ScoreColumn.DUTY)).isEqualByComparingTo("5");
        assertThat(li.violations()).filteredOn(v -> v.date().getDayOfMonth() == 17).hasSize(1);
        assertThat(Files.exists(dir.resolve("output"))).isFalse();
    }

    @Test
    void overdueTasksAndBackloggedDocumentsAreDontLetViolationsWithTheirRows() throws Exception {
        SmallMonth.writeTo(dir);
        // a ledger with a task done in September and one opened in November: neither counts in October
        SmallMonth.write(dir, "tasks.csv", "编号,事项,工号,交办日期,时限,办结日期",
                "T-1,旧事项,1002,2026-09-01,2026-09-10,2026-09-20",
                "T-2,起草调研报告,1002,2026-10-08,2026-10-27,",
                "T-3,下月事项,1002,2026-11-02,2026-11-04,");
        SmallMonth.write(dir, "documents.csv", "文号,工号,收文时间,办结时间,紧急程度",
                "办〔2026〕9号,1001,2026-10-29 09:00,,加急");
        MonthlyEvaluation month = MonthlyEvaluation.open(YearMonth.of(2026, 10), Path.of("jobs/rules.yml"), dir);
        month.readAll();
        month.evaluateAttendance();
        month.score();
        month.pay();
        // T-2: due Tue 10-27, open: 28, 29, 30 → 3; the 加急 document's limit is Friday 10-30 17:30, open at month end
        assertThat(result(month, "1002").violations()).filteredOn(v -> v.dontLet() == DontLet.DELAY)
                .extracting(Violation::employeeId, Violation::section, Violation::date, Violation::points,
                        Violation::source)
                .containsExactly(tuple("1002", "综合科", LocalDate.of(2026, 10, 31), new BigDecimal("3"),
                        new SourceRef("tasks.csv", "", 3)));
        assertThat(result(month, "1001").violations()).filteredOn(v -> v.dontLet() == DontLet.BACKLOG)
                .extracting(Violation::employeeId, Violation::points, Violation::source)
                .containsExactly(tuple("1001", BigDecimal.ONE, new SourceRef("documents.csv", "", 2)));
        assertThat(result(month, "1002").card().total(ScoreColumn.DELAY)).isEqualByComparingTo("3");
        assertThat(result(month, "1001").card().total(ScoreColumn.BACKLOG)).isEqualByComparingTo("1");
    }

    private static PersonResult result(MonthlyEvaluation month, String id) {
        return month.results().stream().filter(r -> r.staff().id().equals(id)).findFirst().orElseThrow();
    }
}
