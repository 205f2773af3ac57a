package org.kaohe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.attendance.DayPlan;
import org.kaohe.attendance.MonthPlan;

/**
 * A hand-written October 2026 (18 working days) run end to end (its inputs); the tests that run it assert every
 * expected cell, worked out here rule by rule.
 *
 * <ul>
 * <li>1001 张伟 (综合科 chief, ×1.2): 10-09 in at 08:12 → 迟到 −1; a 一般 error of 10-09 registered 10-14, 4 working
 * days later (10, 12, 13, 14) → 迟报 −2 × 2 = −4; the 综合科 section finding (较重, 5) → the chief bears −2.5;
 * Saturday 10-17 overtime 09:00–12:00 punched 09:02–12:05 → 2 h 58 min → 2.5 h × 0.3 = +0.75. Score 93.25.</li>
 * <li>1002 李娜 (综合科): no punch on 10-12 → 旷工 1 day −10; approved 事假 10-13 08:00–12:00 (4 of 9.5 h → 0.5 day);
 * 脱岗 on 10-15 (−2) and again on 10-20 (屡查屡犯 −4); commended (一般 +2). Score 86; factor (18 − 0.5 − 1) / 18.</li>
 * <li>2001 王芳 (秘书科 chief, 免打卡, ×1.2): commended (较重 +3). Score 103.</li>
 * <li>2002 刘洋 (秘书科): left on 09-30 → 不参评.</li>
 * </ul>
 * Grades: 综合科 has 2 graded → 好 quota 1: 1001 好, 1002 较好; 秘书科: 2001 好. Pool 3000 + 2800 + 3200 = 9000.00
 * shared by score × coefficient × factor × 18: 2014.2, 1419, 2224.8 (Σ 5658) → floors 3203.92, 2257.15, 3538.91 with
 * remainders 0.36, 0.80, 0.83 fen → the two fens left go to 2001 and 1002.
 */
public final class SmallMonth {

    private SmallMonth() {
    }

    /** Writes the month's input files into {@code input}. */
    public static void writeTo(Path input) throws IOException {
        write(input, "staff.csv", "工号,姓名,科室,岗位系数,绩效基数,入职日期,离职日期,考勤方式,科长,考勤号",
                "1001,张伟,综合科,1.2,3000.00,,,打卡,是,",
                "1002,李娜,综合科,1.0,2800.00,,,打卡,否,",
                "2001,王芳,秘书科,1.2,3200.00,,,免打卡,是,",
                "2002,刘洋,秘书科,,2600.00,2020-01-01,2026-09-30,打卡,否,");
        List<String> punches = new ArrayList<>(List.of("工号,打卡时间"));
        MonthPlan plan = new MonthPlan(Fixtures.OCTOBER, Fixtures.CALENDAR, Fixtures.rules().attendance());
        for (DayPlan d : plan.days()) {
            if (!d.working()) {
                continue;
            }
            int day = d.date().getDayOfMonth();
            punches.add("1001," + d.date() + (day == 9 ? " 08:12" : " 07:55"));
            punches.add("1001," + d.date() + " 17:35");
            if (day != 12) {
                if (day != 13) {
                    punches.add("1002," + d.date() + " 07:55");
                }
                punches.add("1002," + d.date() + (day == 13 ? " 17:31" : " 17:35"));
            }
        }
        punches.add("1001,2026-10-17 09:02");
        punches.add("1001,2026-10-17 12:05");
        punches.add("1O01,2026-10-20 08:00");
        write(input, "punches.csv", punches.toArray(String[]::new));
        write(input, "leave.csv", "工号,类型,开始,结束,审批状态,审批人",
                "1002,事假,2026-10-13 08:00,2026-10-13 12:00,已批准,张伟");
        write(input, "errors.csv", "编号,日期,工号,类别,等级,描述,登记日期,登记人",
                "E1,2026-10-09,1001,公文,一般,文号错误,2026-10-14,赵登记");
        write(input, "overtime.csv", "工号,日期,开始时间,结束时间,事由,审批状态,审批人",
                "1001,2026-10-17,09:00,12:00,整理材料,已批准,王芳");
        write(input, "findings.csv", "编号,日期,督查人,工号,科室,类别,事项,严重程度,一票否决,分值,描述,证据",
                "F1,2026-10-15,孙督查,1002,,,脱岗,一般,,,上午十点不在岗,",
                "F2,2026-10-20,孙督查,1002,,,脱岗,一般,,,下午三点不在岗,",
                "F3,2026-10-21,孙督查,1002,,表扬,,一般,,,主动整理档案,",
                "F4,2026-10-22,孙督查,2001,,表扬,,较重,,,接待群众耐心细致,",
                "F5,2026-10-23,孙督查,,综合科,,空岗,较重,,,午间办公室无人值守,");
    }

    public static void write(Path input, String name, String... lines) throws IOException {
        Files.writeString(input.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
