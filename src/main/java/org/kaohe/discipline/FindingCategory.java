package org.kaohe.discipline;

import java.util.List;
import java.util.Optional;
import org.kaohe.common.Coded;

/** Category of an inspector's finding: one of the five don't-lets, or a commendation (表扬). */
public enum FindingCategory implements Coded {
    DELAY(DontLet.DELAY), BACKLOG(DontLet.BACKLOG), ERROR(DontLet.ERROR), NEGLECT(DontLet.NEGLECT),
    IMAGE(DontLet.IMAGE), COMMEND(null);

    private final DontLet dontLet;

    FindingCategory(DontLet dontLet) {
        this.dontLet = dontLet;
    }

    public static FindingCategory of(DontLet dontLet) {
        return valueOf(dontLet.name());
    }

    public Optional<DontLet> dontLet() {
        return Optional.ofNullable(dontLet);
    }

    @Override
    public String zh() {
        return dontLet == null ? "表扬" : dontLet.zh();
    }

    @Override
    public List<String> terms() {
        return List.of(zh());
    }
}
