package org.kaohe.input;

import java.math.BigDecimal;
import java.util.List;
import org.kaohe.common.SourceRef;
import org.kaohe.staff.Clocking;
import org.kaohe.staff.Staff;
import org.kaohe.staff.StaffDirectory;

/** A small accepted roster for the binders that reference 工号 and 科室. */
final class Roster {

    static final Staff ZHANG = person("1023", "张三", "办公室", true, null, 2);
    static final Staff LI = person("1024", "李四", "办公室", false, "88", 3);
    static final Staff WANG = person("2001", "王五", "综合科", false, null, 4);
    static final StaffDirectory DIRECTORY = new StaffDirectory(List.of(WANG, LI, ZHANG));

    private Roster() {
    }

    private static Staff person(String id, String name, String section, boolean chief, String deviceId, long row) {
        return new Staff(id, name, section, BigDecimal.ONE, new BigDecimal("5000.00"), null, null, Clocking.CLOCK,
                chief, deviceId, false, new SourceRef("staff.csv", "", row));
    }
}
