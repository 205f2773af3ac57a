package org.kaohe.scoring;

import org.kaohe.common.Msg;

/** The results columns a score line adds to: seven kinds of deduction and three of bonus (SPEC §3.5, §4). */
public enum ScoreColumn {
    ATTENDANCE, ERROR, FINDING, DUTY, DELAY, BACKLOG, INFORMATION, OVERTIME, COMMEND, ADOPTION;

    /** The column's name in the user's language (考勤扣分 …), from the {@code scoring} bundle. */
    public Msg label() {
        return Msg.of("scoring.column." + name());
    }

    public boolean bonus() {
        return this == OVERTIME || this == COMMEND || this == ADOPTION;
    }
}
