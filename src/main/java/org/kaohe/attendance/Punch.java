package org.kaohe.attendance;

import java.time.LocalDateTime;
import org.kaohe.common.SourceRef;

/** One clock punch, already matched to a person's 工号. */
public record Punch(String employeeId, LocalDateTime time, SourceRef source) {
}
