package org.kaohe.discipline;

import java.time.LocalDate;
import org.kaohe.common.SourceRef;

/** A registered work error (差错登记); {@code id} may be empty. Every error is an ERROR don't-let. */
public record WorkError(String id, LocalDate date, String employeeId, ErrorCategory category, ErrorLevel level,
                        String description, LocalDate recordedOn, String recordedBy, SourceRef source) {
}
