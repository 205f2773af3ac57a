package org.kaohe.batch;

import java.nio.file.Path;
import java.time.Year;

/** What the user asked for with {@code kaohe year}: the year, its output folder, the rules, language and rerun. */
public record YearRequest(Year year, Path output, Path rules, String lang, boolean rerun) {

    /** The same request as a rerun: a new run of a year already completed. */
    public YearRequest asRerun() {
        return new YearRequest(year, output, rules, lang, true);
    }
}
