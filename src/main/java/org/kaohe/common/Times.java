package org.kaohe.common;

import java.time.LocalDateTime;

/** The later or earlier of two moments, for clipping windows and spans. */
public final class Times {

    private Times() {
    }

    public static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    public static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
