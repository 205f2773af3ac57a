package org.kaohe.staff;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.kaohe.common.IdOrder;

/**
 * The month's accepted staff roster, for resolving the 工号 other inputs reference. Immutable and safe to share
 * between threads.
 */
public final class StaffDirectory {

    /** A typo of at most this many characters (inserted, deleted or changed) still earns a suggestion. */
    private static final int MAX_TYPO = 2;
    /**
     * Edit distances measured only up to 0, 1 … {@value #MAX_TYPO}: once a candidate is found, only nearer ones
     * matter, and a lower limit gives up on the others sooner (thousands of unknown punch numbers each have
     * hundreds of candidates among 100,000 similar 工号).
     */
    private static final LevenshteinDistance[] DISTANCE_WITHIN = IntStream.rangeClosed(0, MAX_TYPO)
            .mapToObj(LevenshteinDistance::new).toArray(LevenshteinDistance[]::new);
    /** Bounds the memo of suggestions: a device log full of garbage must not grow it without end. */
    private static final int MAX_REMEMBERED = 10_000;
    /** ... nor hold on to lines of it: no real 工号 is this long. */
    private static final int MAX_REMEMBERED_LENGTH = 64;

    private final List<Staff> all;
    private final Map<String, Staff> byId;
    private final Map<String, Staff> byDeviceId;
    private final Map<String, List<Staff>> byName;
    private final Map<String, Staff> chiefBySection;
    private final Set<String> sections;
    private final Map<String, Optional<String>> suggestions = new ConcurrentHashMap<>();
    private volatile TypoIndex typoIndex;

    /** @throws IllegalArgumentException when two people share a 工号 or a 考勤号 (the staff binder prevents it) */
    public StaffDirectory(Collection<Staff> staff) {
        this.all = staff.stream().sorted(Comparator.comparing(Staff::id, IdOrder.NATURAL)).toList();
        this.byId = all.stream().collect(toMap(Staff::id, Function.identity()));
        this.byDeviceId = all.stream().filter(s -> s.deviceId() != null)
                .collect(toMap(Staff::deviceId, Function.identity()));
        this.byName = all.stream().collect(groupingBy(Staff::name));
        this.chiefBySection = all.stream().filter(Staff::chief)
                .collect(toMap(Staff::section, Function.identity()));
        this.sections = Collections.unmodifiableSet(new TreeSet<>(all.stream().map(Staff::section).toList()));
    }

    public Optional<Staff> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The person a punch's number belongs to. The 考勤号 is matched first, then the 工号: a roster gives a 考勤号
     * precisely because the machine's numbers differ from the 工号, so on that machine the number means the
     * 考勤号 even when it happens to equal someone else's 工号.
     */
    public Optional<Staff> forPunch(String number) {
        Staff byDevice = byDeviceId.get(number);
        return byDevice != null ? Optional.of(byDevice) : byId(number);
    }

    /** Everyone, sorted by 工号 ({@link IdOrder#NATURAL}). */
    public List<Staff> all() {
        return all;
    }

    /** Every section with at least one person, in text order. */
    public Set<String> sections() {
        return sections;
    }

    public Optional<Staff> chiefOf(String section) {
        return Optional.ofNullable(chiefBySection.get(section));
    }

    /**
     * A suggestion for a 工号 nobody has, as "张三（1023）": the people whose name is exactly the typed value
     * (someone typed the name instead of the 工号), else the person whose 工号 is the fewest typing mistakes
     * away ({@link #isClose}). Empty when nothing is that close.
     */
    public Optional<String> closestTo(String unknownId) {
        Optional<String> known = suggestions.get(unknownId);
        if (known != null) {
            return known;
        }
        Optional<String> suggestion = suggestPerson(unknownId);
        if (suggestions.size() < MAX_REMEMBERED && unknownId.length() <= MAX_REMEMBERED_LENGTH) {
            suggestions.put(unknownId, suggestion);
        }
        return suggestion;
    }

    /** The known section a mistyped section name most likely means ({@link #isClose}). */
    public Optional<String> closestSection(String unknownSection) {
        return closest(sections, unknownSection, Function.identity());
    }

    private Optional<String> suggestPerson(String typed) {
        List<Staff> sameName = byName.getOrDefault(typed, List.of());
        if (!sameName.isEmpty()) {
            return Optional.of(sameName.stream().map(StaffDirectory::label).collect(Collectors.joining("、")));
        }
        List<Staff> near = Arrays.stream(typoIndex().candidates(typed)).mapToObj(all::get).toList();
        return closest(near, typed, Staff::id).map(StaffDirectory::label);
    }

    /** Built at the first unknown 工号: most months have none, and a roster of 100,000 takes a moment to index. */
    private TypoIndex typoIndex() {
        TypoIndex index = typoIndex;
        if (index == null) {
            synchronized (this) {
                index = typoIndex;
                if (index == null) {
                    index = new TypoIndex(all.stream().map(Staff::id).toList(), MAX_TYPO);
                    typoIndex = index;
                }
            }
        }
        return index;
    }

    /** The first candidate (in the given order) whose key is nearest to the typed value, if close enough. */
    private static <T> Optional<T> closest(Collection<T> candidates, String typed, Function<T, String> key) {
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (T candidate : candidates) {
            if (bestDistance == 0) {
                break;
            }
            int d = DISTANCE_WITHIN[Math.min(MAX_TYPO, bestDistance - 1)].apply(typed, key.apply(candidate));
            if (d >= 0 && d < bestDistance && isClose(d, typed)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * At most {@value #MAX_TYPO} typing mistakes (characters inserted, deleted or changed), and fewer than half
     * the typed value, so a short value is never "corrected" into an unrelated one: a 4-character 工号 or a
     * 3-character 科室 tolerates one slip (财务科 is not 综合科), 5 characters two.
     */
    private static boolean isClose(int distance, String typed) {
        return distance <= MAX_TYPO && 2 * distance < typed.length();
    }

    private static String label(Staff person) {
        return person.name() + "（" + person.id() + "）";
    }
}
