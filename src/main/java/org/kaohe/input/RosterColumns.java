package org.kaohe.input;

import java.util.Optional;
import org.kaohe.common.Msg;
import org.kaohe.staff.Staff;
import org.kaohe.staff.StaffDirectory;

/**
 * The columns that reference the staff roster (工号, 科室): an unknown value is rejected with the closest known
 * one suggested, the same way in every kind. Remembers the last punch number, so one instance serves one thread.
 */
final class RosterColumns {

    private static final String EMPLOYEE_ID = "employee_id";
    private static final String SECTION = "section";

    private final StaffDirectory staff;
    private String lastPunchNumber;
    private Staff lastPuncher;

    RosterColumns(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The person whose 工号 the required 工号 cell holds. */
    Staff employee(Values v) throws RowRejectedException {
        return v.known(EMPLOYEE_ID, staff::byId, this::unknownEmployee);
    }

    /** The person an empty-or-known 工号 cell names. */
    Optional<Staff> optionalEmployee(Values v) throws RowRejectedException {
        return v.text(EMPLOYEE_ID).isEmpty() ? Optional.empty() : Optional.of(employee(v));
    }

    /**
     * The person a punch's number belongs to, by 考勤号 or 工号 ({@link StaffDirectory#forPunch}). Punch files list
     * a person's punches one after another, so the last number found is remembered rather than looked up again in
     * the roster's maps for every row.
     */
    Staff puncher(Values v) throws RowRejectedException {
        String number = v.text(EMPLOYEE_ID);
        if (!number.equals(lastPunchNumber)) {
            lastPuncher = v.known(EMPLOYEE_ID, staff::forPunch,
                    typed -> Reasons.unknownPuncher(typed, staff.closestTo(typed)));
            lastPunchNumber = number;
        }
        return lastPuncher;
    }

    /** A required 科室 cell naming a section someone on the roster belongs to. */
    String section(Values v) throws RowRejectedException {
        return v.known(SECTION, s -> staff.sections().contains(s) ? Optional.of(s) : Optional.empty(),
                typed -> Reasons.unknownSection(typed, staff.closestSection(typed)));
    }

    private Msg unknownEmployee(String typed) {
        return Reasons.unknownEmployee(typed, staff.closestTo(typed));
    }
}
