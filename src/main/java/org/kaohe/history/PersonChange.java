package org.kaohe.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person whose score, grade or pay differs between two runs of a month, with every results column that changed.
 * {@code before} is null for a person new in the later run, {@code after} for one no longer in it.
 */
public record PersonChange(PersonSnapshot before, PersonSnapshot after, List<ColumnChange> columns) {

    /** One results column's value before and after. */
    public record ColumnChange(String column, String before, String after) {
    }

    public String employeeId() {
        return (after != null ? after : before).employeeId();
    }

    /** The people whose score, grade or pay changed from {@code earlier} to {@code later}, by 工号. */
    public static List<PersonChange> between(List<PersonSnapshot> earlier, List<PersonSnapshot> later) {
        return Changed.between(earlier, later, PersonSnapshot::employeeId,
                (b, a) -> b.score().compareTo(a.score()) != 0 || b.grade() != a.grade()
                        || b.pay().compareTo(a.pay()) != 0).stream()
                .map(c -> new PersonChange(c.before(), c.after(), columnChanges(c.before(), c.after()))).toList();
    }

    private static List<ColumnChange> columnChanges(PersonSnapshot b, PersonSnapshot a) {
        if (b == null || a == null) {
            return List.of();
        }
        Set<String> columns = new LinkedHashSet<>(b.columns().keySet());
        columns.addAll(a.columns().keySet());
        return columns.stream().filter(c -> !Objects.equals(b.columns().get(c), a.columns().get(c)))
                .map(c -> new ColumnChange(c, b.columns().getOrDefault(c, ""), a.columns().getOrDefault(c, "")))
                .toList();
    }
}
