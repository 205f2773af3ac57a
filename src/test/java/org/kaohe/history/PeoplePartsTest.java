package org.kaohe.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.scoring.Grade;

/** The people of an e72ea01 history, as CSV parts, read back for the migration exactly as they were written. */
class PeoplePartsTest {

    @Test
    void aPartAsE72ea01WroteItReadsBackWithQuotesLineBreaksAndCarriageReturns() {
        // two records as e72ea01's CSV writer wrote them: fixed cells, then results header and value alternating
        String part = "1001,\"王\"\"建国\"\"\",\"综合科, 二组\",97.50,GOOD,4885.44,"
                + "工号,1001,科室,\"综合科\r\n二组\r三组\",等次,\n"
                + "1002,李娜,综合科,86.00,POOR,0.00,工号,1002\n";

        List<PersonSnapshot> people = PeopleParts.read(part);

        assertThat(people).hasSize(2);
        PersonSnapshot first = people.get(0);
        assertThat(first.name()).isEqualTo("王\"建国\"");
        assertThat(first.section()).isEqualTo("综合科, 二组");
        assertThat(first.score()).hasToString("97.50");
        assertThat(first.grade()).isEqualTo(Grade.GOOD);
        assertThat(first.columns()).containsExactly(Map.entry("工号", "1001"),
                Map.entry("科室", "综合科\r\n二组\r三组"), Map.entry("等次", ""));
        assertThat(first.violations()).isEmpty();
        assertThat(people.get(1).grade()).isEqualTo(Grade.POOR);
    }
}
