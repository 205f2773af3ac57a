package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.Task;

class TaskBinderTest {

    private final TaskBinder binder = new TaskBinder(Roster.DIRECTORY);

    private static RawRow task(long row, String id, String employee, String assigned, String due, String done) {
        return TestRows.row(InputKind.TASKS, row, "编号", id, "事项", "起草年度工作总结", "工号", employee,
                "交办日期", assigned, "时限", due, "办结日期", done);
    }

    @Test
    void bindsEveryColumnInAnyDateForm() throws Exception {
        assertThat(binder.bind(task(2, "DB-1", "1023", "2026/9/28", "2026年10月12日", "2026-10-20"))).isEqualTo(
                new Task("DB-1", "起草年度工作总结", "1023", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 12),
                        LocalDate.of(2026, 10, 20), new SourceRef("tasks.csv", "", 2)));
    }

    @Test
    void anEmptyDoneDateMeansOpen() throws Exception {
        assertThat(binder.bind(task(2, "DB-1", "1024", "2026-10-09", "2026-10-09", "")).doneOn()).isNull();
    }

    @Test
    void aRepeatedIdIsRejectedAndPointsAtTheFirst() throws Exception {
        binder.bind(task(2, "DB-1", "1023", "2026-10-09", "2026-10-12", ""));
        assertRejected(binder, task(3, "DB-1", "1024", "2026-10-09", "2026-10-12", ""), "编号", "DB-1",
                "与 tasks.csv 第2行重复");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|1023|2026-10-09|2026-10-12||编号||不能为空",
            "DB-2|1O23|2026-10-09|2026-10-12||工号|1O23|未知工号 1O23，是否为 张三（1023）？",
            "DB-2|1023||2026-10-12||交办日期||不能为空",
            "DB-2|1023|2026-10-09|||时限||不能为空",
            "DB-2|1023|2026-10-09|2026-10-08||时限|2026-10-08|不能早于交办日期（2026-10-09）",
            "DB-2|1023|2026-10-09|2026-10-12|2026-10-08|办结日期|2026-10-08|不能早于交办日期（2026-10-09）",
            "DB-2|1023|2026-10-09|2026-10-32||时限|2026-10-32|日历上没有这一天",
            "DB-2|1023|2026-10-09|下周一||时限|下周一|不是有效的日期，请写成 2026-10-09、2026/10/9 或 2026年10月9日"})
    void rejectsEachBrokenRule(String id, String employee, String assigned, String due, String done, String column,
                               String value, String reason) {
        assertRejected(binder, task(5, id, employee, assigned, due, done), column, value, reason);
    }
}
