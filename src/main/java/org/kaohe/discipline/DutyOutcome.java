package org.kaohe.discipline;

/** A duty shift that requires a punch, and whether one was seen near its start (or the shift was excused). */
public record DutyOutcome(DutyShift shift, boolean punched, boolean excused) {

    public boolean absent() {
        return !punched && !excused;
    }
}
