package org.kaohe.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.scoring.Grade;

/** The history's people come back exactly as stored, whatever their text holds and however many parts they take. */
class PeoplePartsTest {

    @Test
    void textWithQuotesCommasLineBreaksCarriageReturnsAndBackslashesComesBackUnchanged() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("工号", "1001");
        columns.put("姓名", "王\"建国\"");
        columns.put("不参评原因", "病假,事假\n跨月 C:\\a\\b");
        columns.put("科室", "综合科\r\n二组\r三组");
        columns.put("等次", "");
        PersonSnapshot p = new PersonSnapshot("1001", "王\"建国\"", "综合科, 二组", new BigDecimal("97.50"),
                Grade.GOOD, new BigDecimal("4885.44"), columns, new YearCounts(1, 2, 3, 0, 1));

        List<String> parts = PeopleParts.of(List.of(p));

        assertThat(parts).hasSize(1);
        PersonSnapshot back = PeopleParts.read(parts.get(0)).get(0);
        assertThat(back).isEqualTo(p);
        assertThat(back.score()).isEqualByComparingTo("97.50").hasToString("97.50");
        assertThat(back.columns()).containsExactlyEntriesOf(columns);
        assertThat(back.yearCounts()).isEqualTo(new YearCounts(1, 2, 3, 0, 1));
    }

    @Test
    void aPartStoredBeforeTheYearCountsWereKeptStillReadsWithTheCountsUnknown() {
        // written by the history as it was: 工号, name, section, score, grade, pay, then column names and values
        String stored = "1001,张伟,综合科,93.25,GOOD,3203.92,工号,1001,值班扣分,5.00,信息扣分,0.00\n"
                + "1002,李娜,综合科,86.00,GOOD,2257.16,工号,1002\n";

        List<PersonSnapshot> people = PeopleParts.read(stored);

        assertThat(people).extracting(PersonSnapshot::employeeId).containsExactly("1001", "1002");
        assertThat(people.get(0).columns()).containsExactly(Map.entry("工号", "1001"), Map.entry("值班扣分", "5.00"),
                Map.entry("信息扣分", "0.00"));
        assertThat(people.get(0).score()).isEqualByComparingTo("93.25");
        assertThat(people).allSatisfy(p -> assertThat(p.yearCounts()).isNull());
    }

    @Test
    void theCountsAreStoredAfterTheColumnsUnderNamesNoColumnHas() {
        PersonSnapshot p = new PersonSnapshot("1012", "孙立新", "秘书科", new BigDecimal("96.00"), Grade.GOOD,
                new BigDecimal("3621.38"), Map.of("信息扣分", "1.00"), new YearCounts(0, 1, 0, 0, 0));

        assertThat(PeopleParts.of(List.of(p))).containsExactly("1012,孙立新,秘书科,96.00,GOOD,3621.38,信息扣分,1.00,"
                + "#dutyAbsences,0,#infoMissedWeeks,1,#adoptionsCity,0,#adoptionsProvince,0,#adoptionsNational,0\n");
    }

    @Test
    void aProvinceTakesSeveralPartsEachAboutTheSizeAllowedAndTheyReadBackInOrder() {
        List<PersonSnapshot> people = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            people.add(new PersonSnapshot(String.valueOf(100_000 + i), "张伟" + i, "第" + i % 40 + "科",
                    new BigDecimal("99.50"), Grade.EXCELLENT, new BigDecimal("4885.44"),
                    Map.of("工号", String.valueOf(100_000 + i), "说明", "很".repeat(60)), null));
        }

        List<String> parts = PeopleParts.of(people);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThan(PeopleParts.PART_CHARS + 200));
        assertThat(parts.stream().flatMap(part -> PeopleParts.read(part).stream()).toList()).isEqualTo(people);
    }
}
