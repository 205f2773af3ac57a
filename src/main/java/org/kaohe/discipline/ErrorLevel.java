package org.kaohe.discipline;

import java.util.List;
import org.kaohe.common.Coded;

/** Level of a work error (差错等级). */
public enum ErrorLevel implements Coded {
    MINOR("一般"),
    MAJOR("较大"),
    GRAVE("重大");

    private final List<String> terms;

    ErrorLevel(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
