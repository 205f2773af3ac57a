package org.kaohe.input;

import java.time.LocalDate;
import java.time.LocalTime;
import org.kaohe.common.Approval;
import org.kaohe.overtime.OvertimeClaim;
import org.kaohe.staff.StaffDirectory;

/** 加班申请 rows (SPEC §2.5) → {@link OvertimeClaim}; an end earlier than the start means the next day. */
public final class OvertimeBinder implements RowBinder<OvertimeClaim> {

    private final RosterColumns roster;

    public OvertimeBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public OvertimeClaim bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String employeeId = roster.employee(v).id();
        LocalDate date = v.date("date");
        LocalTime start = v.time("start");
        LocalTime end = Shifts.end(v, start);
        String reason = v.text("reason");
        Approval status = v.choice("status", Approval.class);
        return new OvertimeClaim(employeeId, date, start, end, reason, status, v.text("approver"), row.source());
    }
}
