package org.kaohe.input;

import org.kaohe.attendance.Punch;
import org.kaohe.common.Msg;
import org.kaohe.staff.StaffDirectory;

/**
 * 打卡记录 rows (SPEC §2.2) → {@link Punch}, the number resolved to the person's 工号 by 考勤号 or 工号. The rows may
 * come from a punches file, a ZKTeco log or a DingTalk workbook, whose 打卡时间 may be a bare time of its 考勤日期.
 */
public final class PunchBinder implements RowBinder<Punch> {

    private final RosterColumns roster;

    public PunchBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public Punch bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String employeeId = roster.puncher(v).id();
        // a correction approved in DingTalk is no real punch; as a 补卡 leave row it counts within the monthly limit
        v.check(!v.text("result").contains("补卡"), "result", Msg.of("device.dingtalk_fix"));
        return new Punch(employeeId, v.dateTimeOrTimeOn("punch_time", "date"), row.source());
    }
}
