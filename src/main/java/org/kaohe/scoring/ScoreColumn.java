package org.kaohe.scoring;

import org.kaohe.common.Msg;

/** The results columns a score line adds to: six kinds of deduction and two of bonus (SPEC §3.5, §4). */
public enum ScoreColumn {
    ATTENDANCE, ERROR, FINDING, DUTY, DELAY, BACKLOG, OVERTIME, COMMEND;

    /** The column's name in the user's language (考勤扣分 …), from the {@code scoring} bundle. */
    public Msg label() {
        return Msg.of("scoring.column." + name());
    }

    public boolean bonus() {
        return this == OVERTIME || this == COMMEND;
    }
}
