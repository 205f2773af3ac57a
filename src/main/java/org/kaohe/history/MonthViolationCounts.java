package org.kaohe.history;

import java.time.YearMonth;
import java.util.List;
import org.kaohe.discipline.DontLet;

/**
 * A month's don't-let violations counted per don't-let and section, from the month's latest completed run: the
 * trend over months already run, kept in the job repository.
 */
public record MonthViolationCounts(YearMonth month, long runId, List<Count> counts) {

    /** Violations of one don't-let in one section. */
    public record Count(DontLet dontLet, String section, int violations) {
    }

    public MonthViolationCounts {
        counts = List.copyOf(counts);
    }

    public int of(DontLet dontLet, String section) {
        return counts.stream().filter(c -> c.dontLet() == dontLet && c.section().equals(section))
                .mapToInt(Count::violations).sum();
    }

    public int total(DontLet dontLet) {
        return counts.stream().filter(c -> c.dontLet() == dontLet).mapToInt(Count::violations).sum();
    }
}
