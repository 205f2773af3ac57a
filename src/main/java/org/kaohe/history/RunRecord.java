package org.kaohe.history;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.kaohe.input.InputChecksums;

/**
 * One run of a month as the job repository remembers it. {@code id} is the Spring Batch job execution id;
 * {@code status} is that execution's BatchStatus name (COMPLETED, FAILED, STARTED …); people and pool are null until
 * the run has completed. The pool is the sum of the month's pools (coefficient mode: the sum of the pay).
 */
public record RunRecord(long id, YearMonth month, LocalDateTime startedAt, String status, String runBy,
                        boolean rerun, InputChecksums inputs, Integer people, BigDecimal pool) {

    public static final String COMPLETED = "COMPLETED";

    public boolean completed() {
        return COMPLETED.equals(status);
    }
}
