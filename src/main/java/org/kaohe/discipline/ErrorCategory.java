package org.kaohe.discipline;

import java.util.List;
import org.kaohe.common.Coded;

/** Category of a registered work error (差错类别). */
public enum ErrorCategory implements Coded {
    DOCUMENT("公文"),
    MEETING("会务"),
    INFORMATION("信息"),
    DUTY("值班"),
    SECRECY("保密"),
    OTHER("其他");

    private final List<String> terms;

    ErrorCategory(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
