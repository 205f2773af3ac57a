package org.kaohe.input;

import java.util.Optional;
import org.kaohe.common.Msg;
import org.kaohe.staff.Staff;
import org.kaohe.staff.StaffDirectory;

/**
 * The columns that reference the staff roster (工号, its 姓名, 科室): an unknown value is rejected with the closest
 * known one suggested, the same way in every kind, and a 姓名 that is not the roster's for the 工号 is rejected too. Remembers the last punch number, so one instance serves one thread.
 */
final class RosterColumns {

    private static final String EMPLOYEE_ID = "employee_id";
    private static final String NAME = "name";
    private static final String SECTION = "section";

    private final StaffDirectory staff;
    private String lastPunchNumber;
    private Staff lastPuncher;

    RosterColumns(StaffDirectory staff) {
        this.staff = staff;
    }

    /** The person whose 工号 the required 工号 cell holds. */
    Staff employee(Values v) throws RowRejectedException {
        return named(v, v.known(EMPLOYEE_ID, staff::byId, this::unknownEmployee));
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
        return named(v, lastPuncher);
    }

    /** A required 科室 cell naming a section someone on the roster belongs to. */
    String section(Values v) throws RowRejectedException {
        return v.known(SECTION, s -> staff.sections().contains(s) ? Optional.of(s) : Optional.empty(),
                typed -> Reasons.unknownSection(typed, staff.closestSection(typed)));
    }

    /**
     * The person, when the row's 姓名 (if any) is theirs. Spaces anywhere are ignored: a two-character name is often
     * padded to the width of three ("王  芳").
     */
    private static Staff named(Values v, Staff person) throws RowRejectedException {
        Optional<String> name = v.optionalIdentifier(NAME);
        v.check(name.isEmpty() || name.get().equals(person.name())
                || withoutSpaces(name.get()).equals(withoutSpaces(person.name())), NAME,
                Reasons.otherName(person, name.orElse("")));
        return person;
    }

    private static String withoutSpaces(String name) {
        return name.replaceAll("\\s+", "");
    }

    private Msg unknownEmployee(String typed) {
        return Reasons.unknownEmployee(typed, staff.closestTo(typed));
    }
}
