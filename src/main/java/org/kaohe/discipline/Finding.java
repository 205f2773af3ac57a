package org.kaohe.discipline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kaohe.common.SourceRef;

/**
 * An inspector's finding (督查发现). {@code employeeId} is null for a finding against a whole section;
 * {@code category} is already resolved from the item when the cell was empty; {@code item}, {@code severity}
 * and {@code points} may be null; {@code veto} is the 一票否决 cell (veto items are applied by the rules).
 */
public record Finding(String id, LocalDate date, String inspector, String employeeId, String section,
                      FindingCategory category, FindingItem item, Severity severity, boolean veto, BigDecimal points,
                      String description, String evidence, SourceRef source) {

    public boolean againstSection() {
        return employeeId == null;
    }
}
