package org.kaohe.batch;

import java.nio.file.Path;
import java.time.Year;

/**
 * What the user asked for with {@code kaohe year}: the year, its output folder, the rules, language, rerun, and the
 * section workbooks' password file ({@code --protect}, or null).
 */
public record YearRequest(Year year, Path output, Path rules, String lang, boolean rerun, Path protect) {

    /** The same request as a rerun: a new run of a year already completed. */
    public YearRequest asRerun() {
        return new YearRequest(year, output, rules, lang, true, protect);
    }
}
