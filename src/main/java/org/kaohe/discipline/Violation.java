package org.kaohe.discipline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/** A don't-let violation (五个不让) by a person, or by a whole section when {@code employeeId} is null. */
public record Violation(DontLet dontLet, String employeeId, String section, LocalDate date, Msg what,
                        BigDecimal points, SourceRef source) {
}
