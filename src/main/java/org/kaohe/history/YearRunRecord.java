package org.kaohe.history;

import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;

/**
 * One run of a year as the job repository remembers it: the last completed run of each month it read
 * ({@code monthRuns}), the fingerprint of those runs and the rules, and (once completed) how many people it graded.
 * {@code status} is the job execution's BatchStatus name.
 */
public record YearRunRecord(long id, Year year, LocalDateTime startedAt, String status, String runBy, boolean rerun,
                            Map<YearMonth, Long> monthRuns, String fingerprint, Integer people) {

    public boolean completed() {
        return RunRecord.COMPLETED.equals(status);
    }
}
