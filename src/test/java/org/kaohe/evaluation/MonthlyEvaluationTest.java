package org.kaohe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;
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

    private static PersonResult result(MonthlyEvaluation month, String id) {
        return month.results().stream().filter(r -> r.staff().id().equals(id)).findFirst().orElseThrow();
    }
}
