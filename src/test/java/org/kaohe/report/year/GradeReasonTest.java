package org.kaohe.report.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.history.VetoCause;
import org.kaohe.history.YearCounts;
import org.kaohe.rules.RulesLoader;
import org.kaohe.scoring.Grade;
import org.kaohe.year.PersonMonth;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearEvaluator;
import org.kaohe.year.YearGrade;
import org.kaohe.year.YearRules;

/** The reason for each rung of the ladder, with the shipped rules, in Chinese and English. */
class GradeReasonTest {

    private static final Year YEAR = Year.of(2026);
    private static final YearCounts NONE = new YearCounts(0, 0, 0, 0, 0);

    private final YearRules rules;
    private final List<PersonMonth> months = new ArrayList<>();

    GradeReasonTest() throws Exception {
        rules = RulesLoader.load(Path.of("jobs/rules.yml")).year();
    }

    private void add(String id, int month, int score, Grade grade, boolean vetoed) {
        months.add(new PersonMonth(YEAR.atMonth(month), id, id, "综合科", new BigDecimal("1000.00"), false,
                BigDecimal.valueOf(score), grade, vetoed, BigDecimal.ZERO, NONE));
    }

    private void addVetoed(String id, int month, int score, VetoCause... causes) {
        months.add(new PersonMonth(YEAR.atMonth(month), id, id, "综合科", new BigDecimal("1000.00"), false,
                BigDecimal.valueOf(score), Grade.POOR, true, BigDecimal.ZERO, NONE, List.of(causes)));
    }

    private PersonYear only() {
        List<YearMonth> all = IntStream.rangeClosed(1, 12).mapToObj(YEAR::atMonth).toList();
        return new YearEvaluator(rules).evaluate(YEAR, all, months, Map.of()).people().get(0);
    }

    private String zh(PersonYear p) {
        return new GradeReason(rules, Messages.forLang("zh")).of(p);
    }

    private String en(PersonYear p) {
        return new GradeReason(rules, Messages.forLang("en")).of(p);
    }

    @Test
    void twoVetoedMonthsAreNamedEachInTheirPoorMonths() {
        // 10 × 95 + 2 × 80 = 1110 / 12 = 92.50; 较差 in March and May, both vetoed: 2 of 3 较差 → 基本称职
        for (int m = 1; m <= 12; m++) {
            if (m == 3) {
                addVetoed("V01", m, 80, new VetoCause("工作日饮酒：午餐饮酒", "drinking on a working day: 午餐饮酒",
                        new SourceRef("findings.xlsx", "第二轮督查", 4)));
            } else if (m == 5) {
                addVetoed("V01", m, 80, new VetoCause("旷工 3 天", "absent 3 days", null));
            } else {
                add("V01", m, 95, Grade.GOOD, false);
            }
        }
        PersonYear p = only();
        assertThat(zh(p)).isEqualTo(
                "较差 2 个月（3 月一票否决：工作日饮酒：午餐饮酒，findings.xlsx 工作表“第二轮督查”第4行；5 月一票否决：旷工 3 天）");
        assertThat(en(p)).isEqualTo("poor in 2 months (vetoed in March: drinking on a working day: 午餐饮酒, "
                + "findings.xlsx sheet \"第二轮督查\" row 4; vetoed in May: absent 3 days)");
    }

    @Test
    void aScoreBelowTheLineAndThreePoorMonthsAreBothSaid() {
        // 9 × 60 + 3 × 40 = 660 / 12 = 55.00 < 60, and 较差 three times → 不称职 for both reasons
        for (int m = 1; m <= 12; m++) {
            add("L01", m, m <= 9 ? 60 : 40, m <= 9 ? Grade.FAIR : Grade.POOR, false);
        }
        PersonYear p = only();
        assertThat(zh(p)).isEqualTo("年度得分 55.00，低于 60.00；较差 3 个月");
        assertThat(en(p)).isEqualTo("year score 55.00, below 60.00; poor in 3 months");
    }

    @Test
    void aScoreBelowSeventyIsBasicAndSaysSo() {
        // 12 × 65 = 65.00 < 70, no 较差 month → 基本称职
        for (int m = 1; m <= 12; m++) {
            add("L02", m, 65, Grade.FAIR, false);
        }
        assertThat(zh(only())).isEqualTo("年度得分 65.00，低于 70.00");
    }

    @Test
    void withTwoPoorMonthsForBasicOnePoorOrVetoedMonthIsCompetentAndSaysWhyNotExcellent() {
        YearRules lenient = new YearRules(rules.minGradedMonths(), rules.dutyAbsentPoints(), rules.provinceTarget(),
                rules.cityTarget(), rules.shortPiecePoints(), rules.incompetentBelow(), rules.incompetentPoorMonths(),
                rules.basicBelow(), 2, rules.excellentMin(), rules.excellentGoodShare(), rules.excellentQuota(),
                rules.quotaScope(), rules.meritYears(), rules.awardFactor(), rules.publicityDays());
        // P01: 11 × 95 好 + 80 较差 in April = 1125 / 12 = 93.75, one 较差 month; V01 the same with April vetoed
        for (int m = 1; m <= 12; m++) {
            add("P01", m, m == 4 ? 80 : 95, m == 4 ? Grade.POOR : Grade.EXCELLENT, false);
            add("V01", m, m == 4 ? 80 : 95, m == 4 ? Grade.POOR : Grade.EXCELLENT, m == 4);
        }
        List<YearMonth> all = IntStream.rangeClosed(1, 12).mapToObj(YEAR::atMonth).toList();
        List<PersonYear> people = new YearEvaluator(lenient).evaluate(YEAR, all, months, Map.of()).people();
        GradeReason zh = new GradeReason(lenient, Messages.forLang("zh"));
        assertThat(people.get(0).grade()).isEqualTo(YearGrade.COMPETENT);
        assertThat(zh.of(people.get(0))).isEqualTo("较差 1 个月，不能评优秀");
        assertThat(people.get(1).grade()).isEqualTo(YearGrade.COMPETENT);
        // April's run recorded no cause (an earlier Kaohe): said, not guessed
        assertThat(zh.of(people.get(1))).isEqualTo("4 月一票否决：原因未记录（该月由旧版本的 Kaohe 计算），不能评优秀");
        assertThat(new GradeReason(lenient, Messages.forLang("en")).of(people.get(1))).isEqualTo(
                "vetoed in April: cause not recorded (the month was computed by an earlier Kaohe): cannot be excellent");
    }
}
