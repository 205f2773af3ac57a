package org.kaohe.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kaohe.common.IdOrder;

/**
 * One person's values in two runs that differ, as a rerun's 变更 file lists them (the month's and the year's):
 * {@code before} is null for a person new in the later run, {@code after} for one no longer in it.
 */
public record Changed<T>(T before, T after) {

    /**
     * The people of either run, by 工号, who are in only one of them or whose values {@code differ}; a 工号 twice in
     * a run counts once, at its first row.
     */
    public static <T> List<Changed<T>> between(List<T> earlier, List<T> later, Function<T, String> id,
                                               BiPredicate<T, T> differ) {
        Map<String, T> before = byId(earlier, id);
        Map<String, T> after = byId(later, id);
        Set<String> ids = new LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Changed<T>> changes = new ArrayList<>();
        for (String i : ids.stream().sorted(IdOrder.NATURAL).toList()) {
            T b = before.get(i);
            T a = after.get(i);
            if (b == null || a == null || differ.test(b, a)) {
                changes.add(new Changed<>(b, a));
            }
        }
        return changes;
    }

    private static <T> Map<String, T> byId(List<T> people, Function<T, String> id) {
        return people.stream().collect(Collectors.toMap(id, Function.identity(), (x, y) -> x));
    }
}
