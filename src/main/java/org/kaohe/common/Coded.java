package org.kaohe.common;

import java.util.List;
import java.util.Optional;

/**
 * An enumeration users may write either as its Chinese term(s) or as its English code (case-insensitive).
 */
public interface Coded {

    /** The canonical Chinese term, as written in reports: the first of {@link #terms()}. */
    default String zh() {
        return terms().get(0);
    }

    /** Every accepted Chinese spelling; the first is {@link #zh()}. */
    List<String> terms();

    String name();

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t) || e.terms().contains(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The accepted values of an enumeration, for a rejection reason; {@link Messages} shows them per language. */
    static <E extends Enum<E> & Coded> Choices accepted(Class<E> type) {
        return new Choices(List.of(type.getEnumConstants()));
    }

    /** The values of one enumeration, in order. */
    record Choices(List<? extends Coded> values) {
    }
}
