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
                Grade.GOOD, new BigDecimal("4885.44"), columns);

        List<String> parts = PeopleParts.of(List.of(p));

        assertThat(parts).hasSize(1);
        PersonSnapshot back = PeopleParts.read(parts.get(0)).get(0);
        assertThat(back).isEqualTo(p);
        assertThat(back.score()).isEqualByComparingTo("97.50").hasToString("97.50");
        assertThat(back.columns()).containsExactlyEntriesOf(columns);
    }

    @Test
    void aProvinceTakesSeveralPartsEachAboutTheSizeAllowedAndTheyReadBackInOrder() {
        List<PersonSnapshot> people = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            people.add(new PersonSnapshot(String.valueOf(100_000 + i), "张伟" + i, "第" + i % 40 + "科",
                    new BigDecimal("99.50"), Grade.EXCELLENT, new BigDecimal("4885.44"),
                    Map.of("工号", String.valueOf(100_000 + i), "说明", "很".repeat(60))));
        }

        List<String> parts = PeopleParts.of(people);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThan(PeopleParts.PART_CHARS + 200));
        assertThat(parts.stream().flatMap(part -> PeopleParts.read(part).stream()).toList()).isEqualTo(people);
    }
}
