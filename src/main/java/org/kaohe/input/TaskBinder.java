package org.kaohe.input;

import java.time.LocalDate;
import org.kaohe.discipline.Task;
import org.kaohe.staff.StaffDirectory;

/**
 * 督办事项 rows (SPEC §2.8) → {@link Task}. Stateful: 编号 is unique among accepted rows. A 时限 before the
 * 交办日期, or a 办结日期 before it, cannot be right and is rejected.
 */
public final class TaskBinder implements RowBinder<Task> {

    private final RosterColumns roster;
    private final FirstAccepted ids = new FirstAccepted();

    public TaskBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public Task bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String id = v.requiredText("task_id");
        ids.checkFree(v, "task_id", id);
        String title = v.requiredText("title");
        String employeeId = roster.employee(v).id();
        LocalDate assignedOn = v.date("assigned_on");
        LocalDate due = v.date("due");
        v.checkNotBefore("due", due, "assigned_on", assignedOn);
        LocalDate doneOn = v.optionalDate("done_on").orElse(null);
        v.checkNotBefore("done_on", doneOn, "assigned_on", assignedOn);

        ids.accept(id, row.source());
        return new Task(id, title, employeeId, assignedOn, due, doneOn, row.source());
    }
}
