package org.kaohe.input;

import java.time.LocalTime;

/** The 开始时间/结束时间 pair of overtime and duty rows. */
final class Shifts {

    private Shifts() {
    }

    /**
     * The required 结束时间: earlier than the start means the next day, but equal to it is rejected, since a
     * shift of zero or of exactly 24 hours is almost surely a typing slip.
     */
    static LocalTime end(Values v, LocalTime start) throws RowRejectedException {
        LocalTime end = v.time("end");
        v.check(!end.equals(start), "end", Reasons.sameAs(v.headerText("start")));
        return end;
    }
}
