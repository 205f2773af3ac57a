package org.kaohe.discipline;

import java.time.LocalDateTime;
import org.kaohe.common.SourceRef;

/** A 公文流转 row (SPEC §2.9); {@code doneAt} is null while the document is open. */
public record OfficialDocument(String id, String employeeId, LocalDateTime receivedAt, LocalDateTime doneAt,
                               Urgency urgency, SourceRef source) {
}
