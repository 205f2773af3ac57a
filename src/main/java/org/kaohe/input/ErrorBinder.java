package org.kaohe.input;

import java.time.LocalDate;
import java.time.YearMonth;
import org.kaohe.discipline.ErrorCategory;
import org.kaohe.discipline.ErrorLevel;
import org.kaohe.discipline.WorkError;
import org.kaohe.staff.StaffDirectory;

/** 差错登记 rows (SPEC §2.4) → {@link WorkError}. Stateful: a given 编号 is unique among accepted rows. */
public final class ErrorBinder implements RowBinder<WorkError> {

    private final RosterColumns roster;
    private final MonthDates month;
    private final FirstAccepted ids = new FirstAccepted();

    public ErrorBinder(StaffDirectory staff, YearMonth month) {
        this.roster = new RosterColumns(staff);
        this.month = new MonthDates(month);
    }

    @Override
    public WorkError bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String id = v.text("error_id");
        ids.checkFree(v, "error_id", id);
        LocalDate date = month.date(v, "date");
        String employeeId = roster.employee(v).id();
        ErrorCategory category = v.choice("category", ErrorCategory.class);
        ErrorLevel level = v.choice("level", ErrorLevel.class);
        LocalDate recordedOn = v.date("recorded_on");
        v.checkNotBefore("recorded_on", recordedOn, "date", date);

        ids.accept(id, row.source());
        return new WorkError(id, date, employeeId, category, level, v.text("description"), recordedOn,
                v.text("recorded_by"), row.source());
    }
}
