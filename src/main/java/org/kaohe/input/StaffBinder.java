package org.kaohe.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kaohe.common.SourceRef;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;

/**
 * 花名册 rows (SPEC §2.1) → {@link Staff}. Stateful: 工号 and 考勤号 are unique and a section has at most one
 * chief, among the rows accepted so far; use one instance for all staff files of a month.
 */
public final class StaffBinder implements RowBinder<Staff> {

    /** 岗位系数 of a person whose cell is empty. */
    public static final BigDecimal DEFAULT_POST_COEFFICIENT = BigDecimal.ONE;
    /** 绩效基数 is money: whole 分 at most; kept at this scale. */
    private static final int PAY_DECIMALS = 2;

    private final FirstAccepted ids = new FirstAccepted();
    private final FirstAccepted deviceIds = new FirstAccepted();
    private final FirstAccepted chiefSections = new FirstAccepted();

    @Override
    public Staff bind(RawRow row) throws RowRejectedException {
        Values v = new Values(row);
        String id = v.identifier("employee_id");
        ids.checkFree(v, "employee_id", id);
        String name = v.identifier("name");
        String section = v.identifier("section");

        BigDecimal coefficient = v.optionalDecimal("post_coefficient").orElse(DEFAULT_POST_COEFFICIENT);
        v.check(coefficient.signum() > 0, "post_coefficient", Reasons.notPositive());

        BigDecimal payBase = v.decimal("pay_base");
        v.check(payBase.signum() >= 0, "pay_base", Reasons.negative());
        // 5000.50 and 5000.500 are the same amount; 5000.505 would need rounding, which is HR's call, not ours
        v.check(payBase.stripTrailingZeros().scale() <= PAY_DECIMALS, "pay_base",
                Reasons.tooManyDecimals(PAY_DECIMALS));

        LocalDate start = v.optionalDate("start_date").orElse(null);
        LocalDate end = v.optionalDate("end_date").orElse(null);
        v.checkNotBefore("end_date", end, "start_date", start);

        Clocking clocking = v.optionalChoice("clocking", Clocking.class).orElse(Clocking.CLOCK);
        boolean chief = v.yesNo("is_chief", false);
        String chiefOf = chief ? section : null;
        chiefSections.checkFree(v, "is_chief", chiefOf, first -> Reasons.secondChief(section, first));
        String deviceId = v.optionalIdentifier("device_id").orElse(null);
        deviceIds.checkFree(v, "device_id", deviceId);
        boolean infoDuty = v.yesNo("info_duty", false);

        SourceRef source = row.source();
        ids.accept(id, source);
        chiefSections.accept(chiefOf, source);
        deviceIds.accept(deviceId, source);
        return new Staff(id, name, section, coefficient, payBase.setScale(PAY_DECIMALS), start, end, clocking,
                chief, deviceId, infoDuty, source);
    }
}
