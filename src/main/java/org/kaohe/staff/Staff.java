package org.kaohe.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kaohe.common.SourceRef;

/**
 * One row of the staff roster (花名册). {@code start}, {@code end} and {@code deviceId} may be null;
 * {@code infoDuty} says whether the person owes the weekly information quota (信息报送, SPEC §3.10).
 */
public record Staff(String id, String name, String section, BigDecimal postCoefficient, BigDecimal payBase,
                    LocalDate start, LocalDate end, Clocking clocking, boolean chief, String deviceId,
                    boolean infoDuty, SourceRef source) {

    public boolean employedOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
