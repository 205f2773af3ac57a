package org.kaohe.input;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.kaohe.attendance.Leave;
import org.kaohe.attendance.LeaveType;
import org.kaohe.common.Approval;
import org.kaohe.staff.StaffDirectory;

/**
 * 请假/公出 rows (SPEC §2.3) → {@link Leave}. A bare start date means 00:00, a bare end date the whole of that
 * day (23:59:59); only a 补卡 row may leave 结束 empty.
 */
public final class LeaveBinder implements RowBinder<Leave> {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final RosterColumns roster;

    public LeaveBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public Leave bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String employeeId = roster.employee(v).id();
        LeaveType type = v.choice("type", LeaveType.class);
        LocalDateTime start = v.dateOrDateTime("start", LocalTime.MIDNIGHT);
        LocalDateTime end = type == LeaveType.PUNCH_FIX
                ? v.optionalDateOrDateTime("end", END_OF_DAY).orElse(null)
                : v.dateOrDateTime("end", END_OF_DAY);
        v.checkNotBefore("end", end, "start", start);
        Approval status = v.choice("status", Approval.class);
        return new Leave(employeeId, type, start, end, status, v.text("approver"), row.source());
    }
}
