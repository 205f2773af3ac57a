package org.kaohe.common;

import java.util.Arrays;

/**
 * A user-visible message as a bundle key plus arguments; rendered in the user's language only at the edge
 * (CLI, reports), so rules stay language-neutral.
 */
public record Msg(String key, Object... args) {

    public static Msg of(String key, Object... args) {
        return new Msg(key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Msg m && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
