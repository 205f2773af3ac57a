package org.kaohe.scoring;

/** The results columns a score line adds to: six kinds of deduction and two of bonus (SPEC §3.5, §4). */
public enum ScoreColumn {
    ATTENDANCE("考勤扣分"), ERROR("差错扣分"), FINDING("督查扣分"), DUTY("值班扣分"), DELAY("延误扣分"),
    BACKLOG("积压扣分"), OVERTIME("加班加分"), COMMEND("表扬加分");

    private final String zh;

    ScoreColumn(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public boolean bonus() {
        return this == OVERTIME || this == COMMEND;
    }
}
