package org.kaohe.staff;

import java.util.List;
import org.kaohe.common.Coded;

/** How a person's attendance is recorded: by clock punches or exempt from punching. */
public enum Clocking implements Coded {
    CLOCK("打卡"),
    EXEMPT("免打卡");

    private final List<String> terms;

    Clocking(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
