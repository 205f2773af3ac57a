package org.kaohe.attendance;

import java.time.LocalDate;
import java.util.List;

/** The working segments of a working day: the first season that includes the day, else the default. */
public record Schedule(List<Segment> segments, List<Season> seasons) {

    public List<Segment> segmentsOn(LocalDate day) {
        return seasons.stream().filter(s -> s.includes(day)).findFirst().map(Season::segments).orElse(segments);
    }
}
