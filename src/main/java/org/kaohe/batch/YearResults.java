package org.kaohe.batch;

import java.util.List;
import org.kaohe.history.YearPersonResult;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearOutcome;

/** A completed year as the run history keeps it, and as its rerun's 变更 file compares it. */
final class YearResults {

    private YearResults() {
    }

    static List<YearPersonResult> of(YearOutcome outcome) {
        return outcome.people().stream().map(YearResults::of).toList();
    }

    private static YearPersonResult of(PersonYear p) {
        return new YearPersonResult(p.employeeId(), p.tally().name(), p.tally().section(), p.grade().name(),
                p.tally().yearScore().rounded(2), p.award() == null ? null : p.award().name(), p.bonus());
    }
}
