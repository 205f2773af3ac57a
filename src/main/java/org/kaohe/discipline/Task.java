package org.kaohe.discipline;

import java.time.LocalDate;
import org.kaohe.common.SourceRef;

/** A 督办事项 row (SPEC §2.8); {@code doneOn} is null while the task is open. */
public record Task(String id, String title, String employeeId, LocalDate assignedOn, LocalDate due,
                   LocalDate doneOn, SourceRef source) {
}
