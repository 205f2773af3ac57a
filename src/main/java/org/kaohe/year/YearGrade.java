package org.kaohe.year;

import java.util.List;
import org.kaohe.common.Coded;

/** The annual grade (年度考核等次, SPEC §6); UNDETERMINED for a person with too few graded months. */
public enum YearGrade implements Coded {
    EXCELLENT("优秀"),
    COMPETENT("称职"),
    BASIC("基本称职"),
    INCOMPETENT("不称职"),
    UNDETERMINED("不定等次");

    private final List<String> terms;

    YearGrade(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
