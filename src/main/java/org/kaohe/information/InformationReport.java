package org.kaohe.information;

import java.time.LocalDate;
import org.kaohe.common.SourceRef;

/** A row of the 信息报送 ledger (SPEC §2.11); {@code adoptedOn} is the 报送日期 when the cell was empty. */
public record InformationReport(String id, String employeeId, LocalDate submittedOn, String title, Adoption adoption,
                                LocalDate adoptedOn, SourceRef source) {

    public boolean adopted() {
        return adoption != Adoption.NONE;
    }
}
