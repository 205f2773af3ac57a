package org.kaohe.input;

import org.kaohe.attendance.Punch;
import org.kaohe.staff.StaffDirectory;

/** 打卡记录 rows (SPEC §2.2) → {@link Punch}, the number resolved to the person's 工号 by 考勤号 or 工号. */
public final class PunchBinder implements RowBinder<Punch> {

    private final RosterColumns roster;

    public PunchBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public Punch bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String employeeId = roster.puncher(v).id();
        return new Punch(employeeId, v.dateTime("punch_time"), row.source());
    }
}
