package org.kaohe.discipline;

import java.util.List;
import org.kaohe.common.Coded;

/** Severity of an inspector's finding (严重程度). */
public enum Severity implements Coded {
    MINOR("一般"),
    SERIOUS("较重"),
    GRAVE("严重");

    private final List<String> terms;

    Severity(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
