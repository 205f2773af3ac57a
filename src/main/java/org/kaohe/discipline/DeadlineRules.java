package org.kaohe.discipline;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Points for overdue tasks and documents (SPEC §3.5) and the documents' time limits (§2.9) in working days after
 * the working day of receipt (0: by the end of that same working day).
 */
public record DeadlineRules(BigDecimal delayPerWorkingDay, BigDecimal delayCapPerTask, BigDecimal backlogPoints,
                            Map<Urgency, Integer> documentLimitWorkingDays) {
}
