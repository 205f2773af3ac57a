package org.kaohe.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaohe.attendance.LeaveType;
import org.kaohe.calendar.DayType;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Urgency;
import org.kaohe.scoring.Grade;

class MessagesTest {

    private static final Messages EN = Messages.forLang("en");
    private static final Messages ZH = Messages.forLang("zh");

    @Test
    void anEnumerationIsItsChineseTermInChineseAndPlainWordsInEnglish() {
        assertThat(ZH.term(Grade.EXCELLENT)).isEqualTo("好");
        assertThat(EN.term(Grade.EXCELLENT)).isEqualTo("excellent");
        assertThat(EN.term(Grade.NOT_RATED)).isEqualTo("not rated");
        assertThat(EN.term(DayType.WORKDAY)).isEqualTo("working day");
        assertThat(EN.term(Urgency.EXTRA_URGENT)).isEqualTo("extra urgent");
        assertThat(EN.get("report.explain.grade", Grade.GOOD)).isEqualTo("Grade: good");
    }

    @Test
    void everyValueOfEveryEnumerationHasEnglishWords() {
        for (Class<? extends Coded> type : List.of(Grade.class, LeaveType.class, Approval.class, DayType.class,
                Urgency.class, FindingItem.class, org.kaohe.discipline.ErrorCategory.class,
                org.kaohe.discipline.ErrorLevel.class, org.kaohe.discipline.Severity.class,
                org.kaohe.discipline.FindingCategory.class, org.kaohe.discipline.DontLet.class,
                org.kaohe.staff.Clocking.class, org.kaohe.information.Adoption.class)) {
            for (Coded c : type.getEnumConstants()) {
                assertThat(EN.term(c)).as(c.name()).matches("[a-z][a-z ,]+");
            }
        }
    }

    @Test
    void countsTakeTheSingularForOneAndThePluralOtherwise() {
        assertThat(EN.get("info.missed", "week", "1")).isEqualTo("week: 1 point");
        assertThat(EN.get("info.missed", "week", "2")).isEqualTo("week: 2 points");
        assertThat(EN.get("info.missed", "week", "0.5")).isEqualTo("week: 0.5 points");
        assertThat(EN.get("info.missed", "week", "1.00")).isEqualTo("week: 1 point");
        assertThat(EN.get("report.input.read", "Leave", "1", "12", "0")).isEqualTo("Leave: 1 file, 12 rows used, 0 rejected");
        assertThat(ZH.get("info.missed", "这一周", "1")).isEqualTo("这一周，扣 1 分");
    }

    @Test
    void acceptedValuesNameTheCodeInChineseOnlyAndTheWordsInEnglish() {
        Coded.Choices choices = Coded.accepted(Approval.class);

        assertThat(ZH.get("input.bad_choice", choices)).isEqualTo("不是可选的值，可选：已批准/APPROVED, 待审批/PENDING, 已驳回/REJECTED");
        assertThat(EN.get("input.bad_choice", choices))
                .isEqualTo("is not one of the accepted values: 已批准 (approved), 待审批 (pending), 已驳回 (rejected)");
    }
}
