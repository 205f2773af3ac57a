package org.kaohe.calendar;

import java.util.List;
import org.kaohe.common.Coded;

/** Kind of calendar day. */
public enum DayType implements Coded {
    WORKDAY("工作日"),
    RESTDAY("休息日"),
    HOLIDAY("节假日");

    private final List<String> terms;

    DayType(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
