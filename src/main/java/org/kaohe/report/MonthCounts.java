package org.kaohe.report;

import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.Violation;

/**
 * A month's don't-let violation counts per section: what the trend of the five don't-lets report needs from an
 * earlier month. The job repository keeps one per month run, so old output files are never re-read.
 */
public record MonthCounts(YearMonth month, Map<DontLet, Map<String, Integer>> bySection) {

    public MonthCounts {
        Map<DontLet, Map<String, Integer>> copy = new EnumMap<>(DontLet.class);
        bySection.forEach((d, sections) -> copy.put(d, Map.copyOf(sections)));
        bySection = Map.copyOf(copy);
    }

    public static MonthCounts of(YearMonth month, Collection<Violation> violations) {
        Map<DontLet, Map<String, Integer>> counts = new EnumMap<>(DontLet.class);
        for (Violation v : violations) {
            counts.computeIfAbsent(v.dontLet(), d -> new TreeMap<>()).merge(v.section(), 1, Integer::sum);
        }
        return new MonthCounts(month, counts);
    }

    public int count(DontLet dontLet, String section) {
        return bySection.getOrDefault(dontLet, Map.of()).getOrDefault(section, 0);
    }

    public int total(DontLet dontLet) {
        return bySection.getOrDefault(dontLet, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A section's counts, indexed by {@link DontLet#ordinal()}. */
    public int[] row(String section) {
        int[] n = new int[DontLet.values().length];
        for (DontLet d : DontLet.values()) {
            n[d.ordinal()] = count(d, section);
        }
        return n;
    }

    /** The month's counts over all sections, indexed by {@link DontLet#ordinal()}. */
    public int[] totals() {
        int[] n = new int[DontLet.values().length];
        for (DontLet d : DontLet.values()) {
            n[d.ordinal()] = total(d);
        }
        return n;
    }

    public int total() {
        int sum = 0;
        for (DontLet d : DontLet.values()) {
            sum += total(d);
        }
        return sum;
    }
}
