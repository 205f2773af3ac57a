package org.kaohe.information;

import java.util.List;
import org.kaohe.common.Coded;

/** 采用情况 of a submitted piece of information (SPEC §2.11); each level's bonus is in jobs/rules.yml. */
public enum Adoption implements Coded {
    NONE("未采用"),
    CITY("市录用"),
    PROVINCE("省录用"),
    NATIONAL("国家录用");

    private final List<String> terms;

    Adoption(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
