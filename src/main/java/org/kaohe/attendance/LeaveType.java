package org.kaohe.attendance;

import java.util.List;
import org.kaohe.common.Coded;

/** Leave types (请假/公出); a PUNCH_FIX row is a missed-punch correction, not a leave. */
public enum LeaveType implements Coded {
    PERSONAL("事假"),
    SICK("病假"),
    ANNUAL("年休假"),
    MARRIAGE("婚假"),
    BEREAVEMENT("丧假"),
    MATERNITY("产假", "陪产假"),
    HOME_VISIT("探亲假"),
    COMP_OFF("调休"),
    OFFICIAL("公出", "出差"),
    PUNCH_FIX("补卡");

    private final List<String> terms;

    LeaveType(String... terms) {
        this.terms = List.of(terms);
    }

    @Override
    public List<String> terms() {
        return terms;
    }
}
