package org.kaohe.discipline;

import java.util.List;
import org.kaohe.common.Coded;

/** Urgency of an incoming document (紧急程度, SPEC §2.9); each has its time limit in jobs/rules.yml. */
public enum Urgency implements Coded {
    EXTRA_URGENT("特急"),
    URGENT("加急"),
    NORMAL("普通");

    private final List<String> terms;

    Urgency(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
