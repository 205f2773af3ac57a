package org.kaohe.discipline;

import java.util.List;
import org.kaohe.common.Coded;

/** The five don't-lets (五个不让). */
public enum DontLet implements Coded {
    DELAY("延误"),
    BACKLOG("积压"),
    ERROR("差错"),
    NEGLECT("冷落"),
    IMAGE("形象");

    private final List<String> terms;

    DontLet(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
