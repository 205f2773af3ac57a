package org.kaohe.history;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kaohe.scoring.Grade;

/**
 * One person's result in a completed run: the values that decide their pay, and every column of their results row
 * as it was written ({@code columns}: results header → cell, in header order), so that a later run can say which
 * columns changed without reading old files. {@code yearCounts} is null for runs stored before the history kept
 * them: unknown, not zero.
 */
public record PersonSnapshot(String employeeId, String name, String section, BigDecimal score, Grade grade,
                             BigDecimal pay, Map<String, String> columns, YearCounts yearCounts) {

    public PersonSnapshot {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
}
