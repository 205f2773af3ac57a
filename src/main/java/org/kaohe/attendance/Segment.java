package org.kaohe.attendance;

import java.time.Duration;
import java.time.LocalTime;

/** One scheduled working segment of a day, e.g. 08:00–17:30; it has an IN boundary and an OUT boundary. */
public record Segment(LocalTime start, LocalTime end) {

    public Segment {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("segment end " + end + " must be after start " + start);
        }
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
