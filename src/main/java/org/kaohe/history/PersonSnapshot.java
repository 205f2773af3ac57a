package org.kaohe.history;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.discipline.DontLet;
import org.kaohe.scoring.Grade;

/**
 * One person's result in a completed run: the values that decide their pay, and every column of their results row
 * as it was written ({@code columns}: results header → cell, in header order), so that a later run can say which
 * columns changed without reading old files. {@code violations} counts the person's don't-let violations by kind;
 * it is empty for a run recorded before the history kept them. {@code yearCounts} and {@code yearBasis} are null for
 * runs recorded before the history kept them: unknown, not zero. {@code vetoCauses} is empty when the person was
 * not vetoed, and also for a vetoed person of a run recorded before the history kept the causes.
 */
public record PersonSnapshot(String employeeId, String name, String section, BigDecimal score, Grade grade,
                             BigDecimal pay, Map<String, String> columns, Map<DontLet, Integer> violations,
                             YearCounts yearCounts, YearBasis yearBasis, List<VetoCause> vetoCauses) {

    public PersonSnapshot {
        vetoCauses = List.copyOf(vetoCauses);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        violations = violations.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(violations));
    }

    /** A person as a run recorded before violations and the year's counts were kept. */
    public PersonSnapshot(String employeeId, String name, String section, BigDecimal score, Grade grade,
                          BigDecimal pay, Map<String, String> columns) {
        this(employeeId, name, section, score, grade, pay, columns, Map.of(), null, null, List.of());
    }
}
