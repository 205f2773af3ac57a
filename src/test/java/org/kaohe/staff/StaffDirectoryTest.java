package org.kaohe.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.common.SourceRef;

class StaffDirectoryTest {

    private static final Staff ZHANG = person("1023", "张三", "办公室", true, null);
    private static final Staff LI = person("1024", "李四", "办公室", false, "88");
    private static final Staff WANG = person("2001", "王五", "综合科", false, null);
    private static final Staff ZHANG_TOO = person("3001", "张三", "综合科", true, null);
    private final StaffDirectory directory = new StaffDirectory(List.of(ZHANG_TOO, WANG, LI, ZHANG));

    private static Staff person(String id, String name, String section, boolean chief, String deviceId) {
        return new Staff(id, name, section, BigDecimal.ONE, new BigDecimal("5000.00"), null, null, Clocking.CLOCK,
                chief, deviceId, false, new SourceRef("staff.csv", "", 2));
    }

    @Test
    void findsPeopleById() {
        assertThat(directory.byId("1024")).contains(LI);
        assertThat(directory.byId("88")).isEmpty();
    }

    @Test
    void aPunchNumberIsADeviceNumberFirstThenAnId() {
        Staff machineNumberClash = person("5001", "钱七", "综合科", false, "1023");
        StaffDirectory withClash = new StaffDirectory(List.of(ZHANG, LI, machineNumberClash));
        assertThat(withClash.forPunch("1023")).contains(machineNumberClash);
        assertThat(withClash.forPunch("5001")).contains(machineNumberClash);
        assertThat(withClash.forPunch("88")).contains(LI);
        assertThat(withClash.forPunch("1024")).contains(LI);
        assertThat(withClash.forPunch("77")).isEmpty();
    }

    @Test
    void listsEveryoneByIdWithNumericIdsInNumericOrder() {
        StaffDirectory mixed = new StaffDirectory(List.of(person("A1", "甲", "办公室", false, null),
                person("1000", "乙", "办公室", false, null), person("999", "丙", "办公室", false, null),
                person("0123", "丁", "办公室", false, null)));
        assertThat(mixed.all()).extracting(Staff::id).containsExactly("999", "0123", "1000", "A1");
        assertThat(directory.all()).containsExactly(ZHANG, LI, WANG, ZHANG_TOO);
    }

    @Test
    void knowsSectionsAndTheirChiefs() {
        assertThat(directory.sections()).containsExactly("办公室", "综合科");
        assertThat(directory.chiefOf("办公室")).contains(ZHANG);
        assertThat(directory.chiefOf("综合科")).contains(ZHANG_TOO);
        assertThat(new StaffDirectory(List.of(LI)).chiefOf("办公室")).isEmpty();
    }

    @Test
    void suggestsThePersonATypoMostLikelyMeant() {
        assertThat(directory.closestTo("1O23")).contains("张三（1023）");
        assertThat(directory.closestTo("10234")).contains("张三（1023）");
        // 1023 and 1024 are both one slip away from 102: the first by 工号 wins
        assertThat(directory.closestTo("102")).contains("张三（1023）");
        assertThat(directory.closestTo("20011")).contains("王五（2001）");
        assertThat(directory.closestTo("1O2E")).isEmpty();
        assertThat(directory.closestTo("9999")).isEmpty();
        assertThat(directory.closestTo("12")).isEmpty();
    }

    @Test
    void suggestsEveryoneWhoseNameWasTypedInsteadOfTheId() {
        assertThat(directory.closestTo("王五")).contains("王五（2001）");
        assertThat(directory.closestTo("张三")).contains("张三（1023）、张三（3001）");
        // asked again, the remembered suggestion is the same
        assertThat(directory.closestTo("张三")).contains("张三（1023）、张三（3001）");
    }

    @Test
    void suggestsTheSectionAMisspellingMostLikelyMeant() {
        assertThat(directory.closestSection("综合处")).contains("综合科");
        assertThat(directory.closestSection("办公厅")).contains("办公室");
        assertThat(directory.closestSection("财务科")).isEmpty();
    }

    @Test
    void refusesARosterWithADuplicateIdOrDeviceNumber() {
        assertThatThrownBy(() -> new StaffDirectory(List.of(ZHANG, person("1023", "赵六", "综合科", false, null))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StaffDirectory(List.of(LI, person("2002", "赵六", "综合科", false, "88"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
