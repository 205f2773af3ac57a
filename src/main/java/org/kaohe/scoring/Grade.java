package org.kaohe.scoring;

import java.util.List;
import org.kaohe.common.Coded;

/** Monthly grade (等次); NOT_RATED for a person with no employed working day. */
public enum Grade implements Coded {
    EXCELLENT("好"),
    GOOD("较好"),
    FAIR("一般"),
    POOR("较差"),
    NOT_RATED("不参评");

    private final List<String> terms;

    Grade(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
