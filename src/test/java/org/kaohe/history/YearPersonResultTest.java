package org.kaohe.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a year rerun's 变更 file counts as a change: 年度得分, 年度等次, 奖励 or 考核奖, and only the grade against V4. */
class YearPersonResultTest {

    private static YearPersonResult person(String id, String grade, String score, String award, String bonus) {
        return new YearPersonResult(id, "甲", "综合科", grade, score == null ? null : new BigDecimal(score), award,
                bonus == null ? null : new BigDecimal(bonus));
    }

    @Test
    void eachOfTheFourValuesIsAChangeButNotTheirScale() {
        YearPersonResult before = person("1", "EXCELLENT", "95.00", "COMMENDATION", "4500.00");

        assertThat(person("1", "EXCELLENT", "95.0", "COMMENDATION", "4500").changedFrom(before)).isFalse();
        assertThat(person("1", "COMPETENT", "95.00", "COMMENDATION", "4500.00").changedFrom(before)).isTrue();
        assertThat(person("1", "EXCELLENT", "94.99", "COMMENDATION", "4500.00").changedFrom(before)).isTrue();
        assertThat(person("1", "EXCELLENT", "95.00", "THIRD_CLASS_MERIT", "4500.00").changedFrom(before)).isTrue();
        assertThat(person("1", "EXCELLENT", "95.00", null, "4500.00").changedFrom(before)).isTrue();
        assertThat(person("1", "EXCELLENT", "95.00", "COMMENDATION", null).changedFrom(before)).isTrue();
        assertThat(person("1", "COMPETENT", "80.00", null, null)
                .changedFrom(person("1", "COMPETENT", "80.00", null, null))).isFalse();
    }

    @Test
    void againstARunThatKeptOnlyTheGradeOnlyTheGradeTells() {
        YearPersonResult v4 = person("1", "COMPETENT", null, null, null);

        assertThat(v4.valuesRecorded()).isFalse();
        assertThat(person("1", "COMPETENT", "80.00", null, "2000.00").changedFrom(v4)).isFalse();
        assertThat(person("1", "BASIC", "65.00", null, "1000.00").changedFrom(v4)).isTrue();
    }

    @Test
    void peopleInOnlyOneRunAreListedByNaturalIdOrder() {
        List<YearPersonResult> earlier = List.of(person("10", "COMPETENT", "80.00", null, "1.00"),
                person("2", "COMPETENT", "80.00", null, "1.00"), person("3", "COMPETENT", "80.00", null, "1.00"));
        List<YearPersonResult> later = List.of(person("9", "COMPETENT", "80.00", null, "1.00"),
                person("3", "COMPETENT", "80.00", null, "1.00"), person("2", "BASIC", "65.00", null, "0.50"));

        List<Changed<YearPersonResult>> changes = Changed.between(earlier, later, YearPersonResult::employeeId,
                (b, a) -> a.changedFrom(b));

        assertThat(changes).extracting(c -> c.before() == null ? null : c.before().employeeId(),
                c -> c.after() == null ? null : c.after().employeeId())
                .containsExactly(tuple("2", "2"),
                        tuple(null, "9"),
                        tuple("10", null));
    }
}
