package org.kaohe.common;

import java.util.List;

/** Approval status of a leave or overtime row; only APPROVED rows take effect. */
public enum Approval implements Coded {
    APPROVED("已批准"), PENDING("待审批"), REJECTED("已驳回");

    private final List<String> terms;

    Approval(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
