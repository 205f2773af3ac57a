package org.kaohe.year;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * A year computed from the months that have a completed run: those months, the ones missing (a year run before
 * December, or a month never run, is a preview), and every person's year by 工号.
 */
public record YearOutcome(Year year, List<YearMonth> monthsRun, List<YearMonth> missingMonths,
                          List<PersonYear> people) {

    public YearOutcome {
        monthsRun = List.copyOf(monthsRun);
        missingMonths = List.copyOf(missingMonths);
        people = List.copyOf(people);
    }

    public boolean preview() {
        return !missingMonths.isEmpty();
    }

    /** The sections of the year's people (each person's latest month), sorted: one workbook each. */
    public List<String> sections() {
        return people.stream().map(p -> p.tally().section()).distinct().sorted().toList();
    }
}
