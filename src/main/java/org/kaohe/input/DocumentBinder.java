package org.kaohe.input;

import java.time.LocalDateTime;
import org.kaohe.discipline.OfficialDocument;
import org.kaohe.discipline.Urgency;
import org.kaohe.staff.StaffDirectory;

/**
 * 公文流转 rows (SPEC §2.9) → {@link OfficialDocument}. Stateful: 文号 is unique among accepted rows. Both times
 * need a time of day (a 特急 document's limit ends within the day); a 办结时间 before the 收文时间 is rejected.
 */
public final class DocumentBinder implements RowBinder<OfficialDocument> {

    private final RosterColumns roster;
    private final FirstAccepted ids = new FirstAccepted();

    public DocumentBinder(StaffDirectory staff) {
        this.roster = new RosterColumns(staff);
    }

    @Override
    public OfficialDocument bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String id = v.requiredText("doc_id");
        ids.checkFree(v, "doc_id", id);
        String employeeId = roster.employee(v).id();
        LocalDateTime receivedAt = v.dateTime("received_at");
        LocalDateTime doneAt = v.optionalText("done_at").isEmpty() ? null : v.dateTime("done_at");
        v.checkNotBefore("done_at", doneAt, "received_at", receivedAt);
        Urgency urgency = v.choice("urgency", Urgency.class);

        ids.accept(id, row.source());
        return new OfficialDocument(id, employeeId, receivedAt, doneAt, urgency, row.source());
    }
}
