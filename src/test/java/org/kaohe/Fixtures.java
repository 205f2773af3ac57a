package org.kaohe;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.function.Function;
import org.kaohe.attendance.Leave;
import org.kaohe.attendance.LeaveType;
import org.kaohe.attendance.Punch;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Approval;
import org.kaohe.common.SourceRef;
import org.kaohe.rules.Rules;
import org.kaohe.rules.RulesLoader;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;

/** Shared test data: October 2026 (1–7 National Day holiday, Saturday 10 a make-up working day: 18 workdays). */
public final class Fixtures {

    public static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** The official October 2026 calendar, written out so rule tests do not depend on the calendar files. */
    public static final Function<LocalDate, DayType> CALENDAR = d -> {
        if (d.getYear() == 2026 && d.getMonthValue() == 10 && d.getDayOfMonth() <= 7) {
            return DayType.HOLIDAY;
        }
        if (d.equals(LocalDate.of(2026, 10, 10))) {
            return DayType.WORKDAY;
        }
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? DayType.RESTDAY
                : DayType.WORKDAY;
    };

    private Fixtures() {
    }

    /** The shipped rules: every test number is a default of jobs/rules.yml. */
    public static Rules rules() {
        try {
            return RulesLoader.load(Path.of("jobs/rules.yml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Staff staff(String id, String section) {
        return new Staff(id, "员工" + id, section, BigDecimal.ONE, new BigDecimal("3000.00"), null, null,
                Clocking.CLOCK, false, null, false, new SourceRef("staff.csv", "", 2));
    }

    public static LocalDateTime at(int day, String time) {
        return OCTOBER.atDay(day).atTime(java.time.LocalTime.parse(time));
    }

    public static Punch punch(String id, int day, String time, int row) {
        return new Punch(id, at(day, time), new SourceRef("punches.csv", "", row));
    }

    public static Leave leave(String id, LeaveType type, LocalDateTime start, LocalDateTime end, Approval status,
                              int row) {
        return new Leave(id, type, start, end, status, "", new SourceRef("leave.csv", "", row));
    }
}
