package org.kaohe.year;

import java.util.List;
import org.kaohe.common.Coded;

/** The award (奖励) that goes with 优秀: 嘉奖, or 记三等功 after enough 优秀 years running (SPEC §6). */
public enum YearAward implements Coded {
    COMMENDATION("嘉奖"),
    THIRD_CLASS_MERIT("记三等功");

    private final List<String> terms;

    YearAward(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
