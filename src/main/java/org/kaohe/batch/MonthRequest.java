package org.kaohe.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import org.kaohe.input.InputChecksums;

/**
 * What the user asked to run: the month, its folders, the rules file, the report language, a rerun or not, and the
 * checksums of the files it is computed from, and the file of the section workbooks' passwords ({@code --protect},
 * null when they are written unprotected).
 */
public record MonthRequest(YearMonth month, Path input, Path output, Path rules, String lang, boolean rerun,
                           InputChecksums inputs, Path protect) {

    public MonthRequest(YearMonth month, Path input, Path output, Path rules, String lang, boolean rerun,
                        InputChecksums inputs) {
        this(month, input, output, rules, lang, rerun, inputs, null);
    }

    /** The same request as a rerun: a new run of a month already completed. */
    public MonthRequest asRerun() {
        return new MonthRequest(month, input, output, rules, lang, true, inputs, protect);
    }
}
