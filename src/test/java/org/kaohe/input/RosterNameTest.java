package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.EN;
import static org.kaohe.input.Rejected.assertRejected;
import static org.kaohe.input.Rejected.rejection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.discipline.Task;

/** The 姓名 an export writes beside 工号: read without a note and checked against the roster for that 工号. */
class RosterNameTest {

    @TempDir
    Path dir;

    private static RawRow task(String employee, String name) {
        return TestRows.row(InputKind.TASKS, 7, "编号", "DB-1", "事项", "起草年度工作总结", "工号", employee, "姓名", name,
                "交办日期", "2026-10-09", "时限", "2026-10-12");
    }

    private static RawRow punch(String number, String name) {
        return TestRows.row(InputKind.PUNCHES, 9, "工号", number, "姓名", name, "打卡时间", "2026-10-09 08:05");
    }

    @Test
    void theRostersNameIsAccepted() throws Exception {
        Task task = new TaskBinder(Roster.DIRECTORY).bind(task("1023", "张三"));

        assertThat(task.employeeId()).isEqualTo("1023");
    }

    @Test
    void spacesAroundOrInsideTheNameAndAnEmptyNameAreAccepted() throws Exception {
        TaskBinder binder = new TaskBinder(Roster.DIRECTORY);

        assertThat(binder.bind(task("1024", " 李  四 ")).employeeId()).isEqualTo("1024");
        assertThat(new TaskBinder(Roster.DIRECTORY).bind(task("1024", "")).employeeId()).isEqualTo("1024");
    }

    @Test
    void someoneElsesNameIsRejectedNamingBoth() {
        assertRejected(new TaskBinder(Roster.DIRECTORY), task("1023", "李四"), "姓名", "李四", "花名册中 1023 是 张三，此行写的是 李四");
        assertThat(EN.get(rejection(new TaskBinder(Roster.DIRECTORY), task("1023", "李四")).reason()))
                .isEqualTo("in the staff roster 1023 is 张三, but this row says 李四");
    }

    @Test
    void aPunchIsCheckedOnEveryRowThoughItsPersonIsRemembered() throws Exception {
        PunchBinder binder = new PunchBinder(Roster.DIRECTORY);

        assertThat(binder.bind(punch("88", "李四")).employeeId()).isEqualTo("1024");
        assertRejected(binder, punch("88", "张三"), "姓名", "张三", "花名册中 1024 是 李四，此行写的是 张三");
    }

    @Test
    void aFindingOnAPersonChecksTheName() throws Exception {
        RawRow finding = TestRows.row(InputKind.FINDINGS, 4, "编号", "F-1", "日期", "2026-10-09", "督查人", "督查组",
                "工号", "1023", "姓名", "王五", "事项", "脱岗", "严重程度", "一般");

        assertRejected(new FindingBinder(Roster.DIRECTORY, YearMonth.of(2026, 10)), finding, "姓名", "王五", "花名册中 1023 是 张三，此行写的是 王五");
    }

    @Test
    void aNameColumnInAnyKindButTheRosterIsNoUnknownColumn() throws Exception {
        Files.writeString(dir.resolve("duty.csv"), "日期,开始时间,结束时间,工号,姓名\n2026-10-09,08:30,17:30,1023,张三\n",
                StandardCharsets.UTF_8);

        CollectingSink sink = new CollectingSink();
        new InputFolder(dir).read(InputKind.DUTY, sink);

        assertThat(sink.warnings).isEmpty();
        assertThat(sink.column("name")).containsExactly("张三");
    }

    @Test
    void everyKindThatNamesAPersonReadsTheName() {
        for (InputKind kind : InputKind.values()) {
            boolean hasEmployee = kind.columns().stream().anyMatch(c -> c.key().equals("employee_id"));
            assertThat(kind.columns().stream().anyMatch(c -> c.key().equals("name"))).as(kind.name())
                    .isEqualTo(hasEmployee);
        }
    }
}
