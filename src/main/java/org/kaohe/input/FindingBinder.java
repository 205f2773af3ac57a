package org.kaohe.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.kaohe.discipline.Finding;
import org.kaohe.discipline.FindingCategory;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Severity;
import org.kaohe.staff.Staff;
import org.kaohe.staff.StaffDirectory;

/**
 * 督查发现 rows (SPEC §2.6) → {@link Finding}. Stateful: 编号 is unique among accepted rows.
 *
 * <p>Rules that tie two columns are checked at the column they are about once the other is known: 类别 needs
 * 事项 (which comes after it) to tell whether it may be empty, so an unreadable 事项 is reported before a
 * category that only it could have implied.
 */
public final class FindingBinder implements RowBinder<Finding> {

    private final RosterColumns roster;
    private final MonthDates month;
    private final FirstAccepted ids = new FirstAccepted();

    public FindingBinder(StaffDirectory staff, YearMonth month) {
        this.roster = new RosterColumns(staff);
        this.month = new MonthDates(month);
    }

    @Override
    public Finding bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String id = v.requiredText("finding_id");
        ids.checkFree(v, "finding_id", id);
        LocalDate date = month.date(v, "date");
        String inspector = v.requiredText("inspector");
        Optional<Staff> person = roster.optionalEmployee(v);
        String section = person.isPresent() ? personsSection(v, person.get()) : wholeSection(v);

        Optional<FindingCategory> writtenCategory = v.optionalChoice("category", FindingCategory.class);
        v.check(writtenCategory.isPresent() || !v.text("item").isEmpty(), "category", Reasons.categoryRequired());
        FindingItem item = v.optionalChoice("item", FindingItem.class).orElse(null);
        FindingCategory category = category(v, writtenCategory, item);

        Severity severity = v.optionalChoice("severity", Severity.class).orElse(null);
        v.check(severity != null || !v.text("points").isEmpty() || item == FindingItem.DUTY_ABSENT, "severity",
                Reasons.severityRequired());
        boolean veto = v.yesNo("veto", false);
        v.check(!veto || category != FindingCategory.COMMEND, "veto", Reasons.commendVeto());
        BigDecimal points = v.optionalDecimal("points").orElse(null);
        v.check(points == null || points.signum() >= 0, "points", Reasons.negative());

        ids.accept(id, row.source());
        return new Finding(id, date, inspector, person.map(Staff::id).orElse(null), section, category, item,
                severity, veto, points, v.text("description"), v.text("evidence"), row.source());
    }

    /** A personal finding counts in the person's section; a 科室 written next to the 工号 must agree. */
    private static String personsSection(Values v, Staff person) throws RowRejectedException {
        String written = v.optionalIdentifier("section").orElse("");
        v.check(written.isEmpty() || written.equals(person.section()), "section", Reasons.sectionMismatch(person));
        return person.section();
    }

    private String wholeSection(Values v) throws RowRejectedException {
        v.check(!v.text("section").isEmpty(), "section", Reasons.sectionRequired());
        return roster.section(v);
    }

    /**
     * The written category, else the one the item implies. A written category stands even against the item's usual
     * one: which don't-let an empty post offended (形象, or 冷落 when it left a visitor waiting) is the inspector's call.
     */
    private static FindingCategory category(Values v, Optional<FindingCategory> written, FindingItem item)
            throws RowRejectedException {
        if (written.isPresent()) {
            return written.get();
        }
        // item is present: an empty category with an empty item was rejected before it was read
        return Optional.ofNullable(item).flatMap(FindingItem::impliedCategory).map(FindingCategory::of)
                .orElseThrow(() -> v.reject("category", Reasons.categoryNotImplied(item)));
    }
}
