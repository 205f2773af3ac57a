package org.kaohe.year;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the year reads, and only this: the run history of the output root (SPEC §6). */
public interface YearSource {

    /** The months of the year that have a completed run, each with the id of its last completed run. */
    Map<YearMonth, Long> monthsRun(Year year);

    /** Every person's month from a month's completed run. */
    List<PersonMonth> people(YearMonth month, long runId);

    /** For each of the {@code years} years before {@code year}, the 工号 graded 优秀 in its last completed year run. */
    Map<Integer, Set<String>> excellentBefore(Year year, int years);
}
