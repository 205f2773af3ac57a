package org.kaohe.report.xlsx;

import static org.kaohe.report.xlsx.XlsxCell.integer;
import static org.kaohe.report.xlsx.XlsxCell.number;
import static org.kaohe.report.xlsx.XlsxCell.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.attendance.AttendanceDays;
import org.kaohe.attendance.AttendanceDays.Status;
import org.kaohe.attendance.AttendanceResult;
import org.kaohe.attendance.LeaveType;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.PersonResult;

/**
 * 考勤表, the monthly attendance grid as HR knows it from DingTalk's monthly summary: one row per person, a column
 * per day of the month with a symbol (√ 正常, 迟, 早, 缺, 旷, a leave's first character, 公 公出, 休 rest day, blank
 * before or after employment), the month's counts at the right, and a legend under the table. Problems are red.
 */
final class AttendanceGrid {

    private static final int KEY_COLUMNS = 2;

    private final Messages m;
    /** Each day's cell made once (cells never change): a province's grid has three million of them. */
    private final Map<Status, XlsxCell> statusCells = new EnumMap<>(Status.class);
    private final Map<LeaveType, XlsxCell> leaveCells = new EnumMap<>(LeaveType.class);

    AttendanceGrid(Messages messages) {
        this.m = messages;
    }

    /** @param title the sheet's title; people are listed by section in the order of {@code sections}, then 工号 */
    void write(XlsxBook book, List<PersonResult> people, List<String> sections, YearMonth month, String title) {
        int length = month.lengthOfMonth();
        List<String> header = new ArrayList<>(ReportCells.headers(m, "perf.column.ID", "perf.column.NAME",
                "perf.column.SECTION"));
        for (int d = 1; d <= length; d++) {
            header.add(String.valueOf(d));
        }
        header.addAll(ReportCells.headers(m, "perf.grid.present", "perf.form.late", "perf.form.early",
                "perf.form.missing", "perf.column.ABSENT_DAYS", "perf.form.leave_days"));
        XlsxSheet sheet = book.sheet(m.get("perf.sheet.grid"), title, List.of(), header).withoutFilter()
                .keyColumns(KEY_COLUMNS);
        for (List<PersonResult> group : bySection(people, sections)) {
            group.sort(Comparator.comparing(r -> r.staff().id(), IdOrder.NATURAL));
            group.forEach(r -> sheet.row(row(r, length)));
        }
        sheet.note(legend());
        Form.signOff(sheet, m);
    }

    /**
     * The people of each section in the order of {@code sections}, those of no listed section first: sorting a
     * province's people by section and 工号 at once took a map look-up per comparison.
     */
    private static List<List<PersonResult>> bySection(List<PersonResult> people, List<String> sections) {
        Map<String, List<PersonResult>> groups = new LinkedHashMap<>();
        groups.put(null, new ArrayList<>());
        sections.forEach(section -> groups.putIfAbsent(section, new ArrayList<>()));
        for (PersonResult r : people) {
            List<PersonResult> group = groups.get(r.staff().section());
            (group == null ? groups.get(null) : group).add(r);
        }
        return new ArrayList<>(groups.values());
    }

    private List<XlsxCell> row(PersonResult r, int length) {
        AttendanceResult a = r.attendance();
        AttendanceDays days = a.days();
        List<XlsxCell> cells = new ArrayList<>(List.of(text(r.staff().id()), text(r.staff().name()),
                text(r.staff().section())));
        int present = 0;
        for (int d = 1; d <= length; d++) {
            Status s = days.status(d);
            LeaveType leave = s == Status.LEAVE ? days.leave(d) : null;
            present += present(s, leave) ? 1 : 0;
            cells.add(s == Status.LEAVE ? leaveCells.computeIfAbsent(leave, t -> text(symbol(s, t)))
                    : statusCells.computeIfAbsent(s, t -> text(symbol(t, null)).alertIf(problem(t))));
        }
        cells.add(integer(present));
        cells.add(integer(a.late()).alertIf(a.late() > 0));
        cells.add(integer(a.early()).alertIf(a.early() > 0));
        cells.add(integer(a.missing()).alertIf(a.missing() > 0));
        cells.add(number(a.absentDays(), XlsxCell.Format.ONE).alertIf(a.absentDays().signum() > 0));
        cells.add(number(PeopleForm.leaveDays(r), XlsxCell.Format.ONE));
        return cells;
    }

    /** At work that day, late or not; 公出 is work away from the office. */
    private static boolean present(Status s, LeaveType leave) {
        return s == Status.PRESENT || s == Status.LATE || s == Status.EARLY || s == Status.MISSING
                || leave == LeaveType.OFFICIAL;
    }

    private static boolean problem(Status s) {
        return s == Status.LATE || s == Status.EARLY || s == Status.MISSING || s == Status.ABSENT;
    }

    private String symbol(Status s, LeaveType leave) {
        return s == Status.LEAVE ? m.get("perf.grid.leave." + leave.name()) : m.get("perf.grid." + s.name());
    }

    /** Every symbol with its meaning, leaves included. */
    private String legend() {
        List<String> parts = new ArrayList<>();
        for (Status s : Status.values()) {
            if (s != Status.LEAVE && s != Status.NOT_EMPLOYED) {
                parts.add(m.get("perf.grid.legend_item", symbol(s, null), m.get("perf.grid.meaning." + s.name())));
            }
        }
        for (LeaveType t : LeaveType.values()) {
            if (t != LeaveType.PUNCH_FIX) {
                parts.add(m.get("perf.grid.legend_item", symbol(Status.LEAVE, t), ReportCells.term(t, m)));
            }
        }
        return m.get("perf.grid.legend", String.join(m.get("perf.grid.legend_separator"), parts));
    }
}
