package org.kaohe.input;

import java.time.LocalDate;
import java.time.LocalTime;
import org.kaohe.discipline.DutyShift;
import org.kaohe.staff.StaffDirectory;

/** 值班表 rows (SPEC §2.7) → {@link DutyShift}; an end earlier than the start means the next day. */
public final class DutyBinder implements RowBinder<DutyShift> {

    private final RosterColumns roster;

    public DutyBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public DutyShift bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        LocalDate date = v.date("date");
        LocalTime start = v.time("start");
        LocalTime end = Shifts.end(v, start);
        String employeeId = roster.employee(v).id();
        boolean punchRequired = v.yesNo("punch_required", false);
        return new DutyShift(date, start, end, employeeId, punchRequired, row.source());
    }
}
