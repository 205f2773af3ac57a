package org.kaohe.discipline;

import java.util.List;
import java.util.Optional;
import org.kaohe.common.Coded;

/** What an inspector found (事项); most items imply their don't-let category. */
public enum FindingItem implements Coded {
    OFF_POST(DontLet.IMAGE, "脱岗"),
    WANDERING(DontLet.IMAGE, "串岗"),
    EMPTY_POST(DontLet.IMAGE, "空岗"),
    DUTY_ABSENT(DontLet.IMAGE, "值班脱岗"),
    IDLE_ONLINE(DontLet.IMAGE, "上班玩手机/游戏/网购/炒股/看视频", "上班玩手机", "玩手机", "玩游戏", "网购", "炒股",
            "看视频"),
    DRINKING(DontLet.IMAGE, "工作日饮酒", "饮酒"),
    BANQUET(DontLet.IMAGE, "接受宴请"),
    CAR_MISUSE(DontLet.IMAGE, "公车私用"),
    LEAK(DontLet.IMAGE, "泄密", "外传内部文件", "复印内部文件", "转发内部文件"),
    WASTE(DontLet.IMAGE, "浪费"),
    SLOW(DontLet.DELAY, "办事拖拉"),
    PILE_UP(DontLet.BACKLOG, "文件积压"),
    RUDE(DontLet.NEGLECT, "态度生硬"),
    OTHER(null, "其他");

    private final DontLet implied;
    private final List<String> terms;

    FindingItem(DontLet implied, String... terms) {
        this.implied = implied;
        this.terms = List.of(terms);
    }

    /** The category this item implies when the 类别 cell is empty; none for OTHER. */
    public Optional<DontLet> impliedCategory() {
        return Optional.ofNullable(implied);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
