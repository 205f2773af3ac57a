package org.kaohe.input;

import java.time.LocalDate;
import org.kaohe.information.Adoption;
import org.kaohe.information.InformationReport;
import org.kaohe.staff.StaffDirectory;

/**
 * 信息报送 ledger rows (SPEC §2.11) → {@link InformationReport}. Stateful: 编号 is unique among accepted rows. A
 * 采用日期 before the 报送日期 cannot be right and is rejected, adopted or not.
 */
public final class InformationBinder implements RowBinder<InformationReport> {

    private final RosterColumns roster;
    private final FirstAccepted ids = new FirstAccepted();

    public InformationBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public InformationReport bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String id = v.requiredText("info_id");
        ids.checkFree(v, "info_id", id);
        String employeeId = roster.employee(v).id();
        LocalDate submittedOn = v.date("submitted_on");
        String title = v.requiredText("title");
        Adoption adoption = v.optionalChoice("adoption", Adoption.class).orElse(Adoption.NONE);
        LocalDate adoptedOn = v.optionalDate("adopted_on").orElse(submittedOn);
        v.checkNotBefore("adopted_on", adoptedOn, "submitted_on", submittedOn);

        ids.accept(id, row.source());
        return new InformationReport(id, employeeId, submittedOn, title, adoption, adoptedOn, row.source());
    }
}
