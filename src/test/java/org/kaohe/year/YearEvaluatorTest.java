package org.kaohe.year;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kaohe.history.YearCounts;
import org.kaohe.pay.PayRules;
import org.kaohe.rules.RulesLoader;
import org.kaohe.scoring.Grade;

/** SPEC §6 with the shipped rules; every expected value is worked out by hand in the comment beside it. */
class YearEvaluatorTest {

    private static final Year YEAR = Year.of(2026);
    private static final List<YearMonth> ALL_MONTHS = IntStream.rangeClosed(1, 12).mapToObj(YEAR::atMonth).toList();
    private static final YearCounts NONE = new YearCounts(0, 0, 0, 0, 0);

    private final YearEvaluator evaluator;
    private final List<PersonMonth> months = new ArrayList<>();

    YearEvaluatorTest() throws Exception {
        evaluator = new YearEvaluator(RulesLoader.load(Path.of("jobs/rules.yml")).year());
    }

    @Test
    void fiveGradedMonthsAreNoGradeAndNoAwardButTheMeanIsWritten() {
        // 95+92+90+96+91 = 464 over 5 graded months = 92.80; the other 7 months 不参评
        int[] scores = {95, 92, 90, 96, 91};
        for (int m = 1; m <= 12; m++) {
            if (m <= 5) {
                add("A01", m, scores[m - 1], Grade.EXCELLENT);
            } else {
                add("A01", m, 0, Grade.NOT_RATED);
            }
        }
        PersonYear a = only(evaluate());
        assertThat(a.tally().gradedMonths()).isEqualTo(5);
        assertThat(a.grade()).isEqualTo(YearGrade.UNDETERMINED);
        assertThat(a.tally().yearScore().rounded(2)).isEqualByComparingTo("92.80");
        assertThat(a.award()).isNull();
        assertThat(a.bonus()).isEqualByComparingTo("0.00");
    }

    @Test
    void poorInThreeMonthsIsIncompetentWhateverTheMean() {
        // 9 × 95 + 3 × 55 = 1020 over 12 = 85.00, well above 70, but 较差 three times
        for (int m = 1; m <= 12; m++) {
            add("B01", m, m <= 9 ? 95 : 55, m <= 9 ? Grade.EXCELLENT : Grade.POOR);
        }
        PersonYear b = only(evaluate());
        assertThat(b.tally().yearScore().rounded(2)).isEqualByComparingTo("85.00");
        assertThat(b.grade()).isEqualTo(YearGrade.INCOMPETENT);
        assertThat(b.bonus()).isEqualByComparingTo("0.00");
    }

    @Test
    void aVetoedExcellentCandidateFallsToBasicAndGetsNoBonus() {
        // both: 11 × 100 (好) + one month of 98; V01's 98 was vetoed (so 较差): mean 1198 / 12 = 99.83
        for (int m = 1; m <= 12; m++) {
            boolean march = m == 3;
            add("V01", m, march ? "98" : "100", march ? Grade.POOR : Grade.EXCELLENT, march, "5000.00", NONE);
            add("V02", m, march ? "98" : "100", Grade.EXCELLENT, false, "5000.00", NONE);
        }
        List<PersonYear> people = evaluate();
        PersonYear vetoed = people.get(0);
        assertThat(vetoed.tally().yearScore().rounded(2)).isEqualByComparingTo("99.83");
        assertThat(vetoed.tally().vetoMonths()).containsExactly(YEAR.atMonth(3));
        assertThat(vetoed.grade()).isEqualTo(YearGrade.BASIC);
        assertThat(vetoed.award()).isNull();
        // 基本称职 is worth 0.5 × 5000.00, but a vetoed year's 考核奖 is 0
        assertThat(vetoed.bonus()).isEqualByComparingTo("0.00");
        PersonYear clean = people.get(1);
        assertThat(clean.grade()).isEqualTo(YearGrade.EXCELLENT);
        assertThat(clean.award()).isEqualTo(YearAward.COMMENDATION);
        assertThat(clean.bonus()).isEqualByComparingTo("7500.00");
    }

    @Test
    void theYearChargesDutyAbsencesAndPiecesShortOfTheInformationTargets() {
        // scores 90, 91, 92 four times each except one 90 that is 90.25: (4×90 + 0.25 + 4×91 + 4×92) / 12
        // = 1092.25 / 12 = 91.0208…; one 值班脱岗 −5; adoptions 1 市 + 1 省 + 1 国家: 省 target 2 met (省 + 国家),
        // 市 target 5 has 3 (市 + 省 + 国家), 2 short −2; 年度得分 = 91.0208… − 7 = 84.0208… → 84.02, 称职
        for (int m = 1; m <= 12; m++) {
            String score = m == 1 ? "90.25" : String.valueOf(90 + (m - 1) / 4);
            YearCounts counts = switch (m) {
                case 2 -> new YearCounts(1, 0, 1, 0, 0);
                case 6 -> new YearCounts(0, 1, 0, 1, 0);
                case 9 -> new YearCounts(0, 0, 0, 0, 1);
                default -> NONE;
            };
            months.add(new PersonMonth(YEAR.atMonth(m), "C01", "秘书甲", "秘书科", new BigDecimal("4000.00"), true,
                    new BigDecimal(score), Grade.EXCELLENT, false, BigDecimal.ONE, counts));
        }
        PersonYear c = only(evaluate());
        assertThat(c.tally().monthlyMean().rounded(2)).isEqualByComparingTo("91.02");
        assertThat(c.tally().dutyAbsences()).isEqualTo(1);
        assertThat(c.tally().provinceAdoptions()).isEqualTo(2);
        assertThat(c.tally().cityAdoptions()).isEqualTo(3);
        assertThat(c.tally().dutyCharge()).isEqualByComparingTo("5");
        assertThat(c.tally().informationCharge()).isEqualByComparingTo("2");
        assertThat(c.tally().yearScore().rounded(2)).isEqualByComparingTo("84.02");
        // 12 months × 1 deduction point + the year's 7
        assertThat(c.tally().totalDeductions()).isEqualByComparingTo("19");
        assertThat(c.grade()).isEqualTo(YearGrade.COMPETENT);
        assertThat(c.bonus()).isEqualByComparingTo("4000.00");
    }

    @Test
    void withoutTheInformationDutyNoTargetApplies() {
        for (int m = 1; m <= 12; m++) {
            add("D01", m, 92, Grade.EXCELLENT);
        }
        PersonYear d = only(evaluate());
        assertThat(d.tally().informationCharge()).isEqualByComparingTo("0");
        assertThat(d.tally().yearScore().rounded(2)).isEqualByComparingTo("92.00");
        assertThat(d.grade()).isEqualTo(YearGrade.EXCELLENT);
    }

    @Test
    void thresholdsCompareTheExactMeanNotTheWrittenOne() {
        // E01: 1079.95 / 12 = 89.99583…, written 90.00 but below 90 → 称职; E02: 6 好 of 12 at exactly 90 → 优秀
        for (int m = 1; m <= 12; m++) {
            add("E01", m, m == 1 ? "89.95" : "90", Grade.EXCELLENT, false, "3333.33", NONE);
            add("E02", m, "90", m <= 6 ? Grade.EXCELLENT : Grade.GOOD, false, "3333.33", NONE);
        }
        List<PersonYear> people = evaluate();
        assertThat(people.get(0).tally().yearScore().rounded(2)).isEqualByComparingTo("90.00");
        assertThat(people.get(0).grade()).isEqualTo(YearGrade.COMPETENT);
        assertThat(people.get(0).bonus()).isEqualByComparingTo("3333.33");
        assertThat(people.get(1).grade()).isEqualTo(YearGrade.EXCELLENT);
        // 3333.33 × 1.5 = 4999.995 → half up 5000.00
        assertThat(people.get(1).bonus()).isEqualByComparingTo("5000.00");
    }

    @Test
    void theQuotaRanksByScoreThenExcellentMonthsThenDeductionsThenId() {
        // 5 candidates at 年度得分 95.00: P02 (12 好, deductions 3 a month), P01, P04, P05 (12 好, 5 a month),
        // P03 (11 好 at 96 and one 较好 at 84: 1140 / 12 = 95); 9 people 称职 at 85, one vetoed person, one with
        // 3 graded months (不定等次, not counted): 15 with a year grade × 20 % = 3 → P02, P01, P04 优秀
        for (int m = 1; m <= 12; m++) {
            for (String id : List.of("P01", "P04", "P05")) {
                add(id, m, "95", Grade.EXCELLENT, false, "1000.00", NONE, "5");
            }
            add("P02", m, "95", Grade.EXCELLENT, false, "1000.00", NONE, "3");
            add("P03", m, m == 12 ? "84" : "96", m == 12 ? Grade.GOOD : Grade.EXCELLENT, false, "1000.00", NONE,
                    "0");
            for (int f = 6; f <= 14; f++) {
                add(String.format("P%02d", f), m, 85, Grade.GOOD);
            }
            add("P15", m, m == 1 ? "50" : "95", m == 1 ? Grade.POOR : Grade.EXCELLENT, m == 1, "1000.00", NONE);
            add("P16", m, m <= 3 ? 95 : 0, m <= 3 ? Grade.EXCELLENT : Grade.NOT_RATED);
        }
        List<PersonYear> people = evaluate();
        assertThat(people.stream().filter(p -> p.grade() == YearGrade.EXCELLENT).map(PersonYear::employeeId))
                .containsExactly("P01", "P02", "P04");
        assertThat(person(people, "P02").quotaPosition()).isEqualTo(new QuotaPosition(1, 3, 15));
        assertThat(person(people, "P01").quotaPosition()).isEqualTo(new QuotaPosition(2, 3, 15));
        assertThat(person(people, "P04").quotaPosition()).isEqualTo(new QuotaPosition(3, 3, 15));
        assertThat(person(people, "P05").quotaPosition()).isEqualTo(new QuotaPosition(4, 3, 15));
        assertThat(person(people, "P03").quotaPosition()).isEqualTo(new QuotaPosition(5, 3, 15));
        PersonYear below = person(people, "P05");
        assertThat(below.ladderGrade()).isEqualTo(YearGrade.EXCELLENT);
        assertThat(below.grade()).isEqualTo(YearGrade.COMPETENT);
        assertThat(below.fellBelowQuota()).isTrue();
        assertThat(below.award()).isNull();
        assertThat(below.bonus()).isEqualByComparingTo("1000.00");
        assertThat(person(people, "P15").grade()).isEqualTo(YearGrade.BASIC);
        assertThat(person(people, "P16").grade()).isEqualTo(YearGrade.UNDETERMINED);
    }

    @Test
    void withSectionScopeEachSectionHasItsOwnQuota() throws Exception {
        YearRules shipped = RulesLoader.load(Path.of("jobs/rules.yml")).year();
        YearRules bySection = new YearRules(shipped.minGradedMonths(), shipped.dutyAbsentPoints(),
                shipped.provinceTarget(), shipped.cityTarget(), shipped.shortPiecePoints(), shipped.incompetentBelow(),
                shipped.incompetentPoorMonths(), shipped.basicBelow(), shipped.basicPoorMonths(),
                shipped.excellentMin(), shipped.excellentGoodShare(), shipped.excellentQuota(),
                PayRules.Scope.SECTION, shipped.meritYears(), shipped.awardFactor(), shipped.publicityDays());
        // 综合科: A1 (99), A2 (98), A3 (97) candidates of 3 people → quota max(1, 0) = 1: A1 only;
        // 秘书科: B1–B5 all at 95, 5 people × 20 % = 1: B1 (工号) only. Office scope would give 8 × 20 % = 1 in all.
        for (int m = 1; m <= 12; m++) {
            for (int i = 1; i <= 3; i++) {
                months.add(new PersonMonth(YEAR.atMonth(m), "A" + i, "甲", "综合科", new BigDecimal("1000.00"), false,
                        BigDecimal.valueOf(100 - i), Grade.EXCELLENT, false, BigDecimal.ZERO, NONE));
            }
            for (int i = 1; i <= 5; i++) {
                months.add(new PersonMonth(YEAR.atMonth(m), "B" + i, "乙", "秘书科", new BigDecimal("1000.00"), false,
                        new BigDecimal("95"), Grade.EXCELLENT, false, BigDecimal.ZERO, NONE));
            }
        }
        List<PersonYear> people = new YearEvaluator(bySection).evaluate(YEAR, ALL_MONTHS, months, Map.of()).people();
        assertThat(people.stream().filter(p -> p.grade() == YearGrade.EXCELLENT).map(PersonYear::employeeId))
                .containsExactly("A1", "B1");
        assertThat(person(people, "A3").quotaPosition()).isEqualTo(new QuotaPosition(3, 1, 3));
        assertThat(person(people, "B5").quotaPosition()).isEqualTo(new QuotaPosition(5, 1, 5));
        assertThat(evaluate().stream().filter(p -> p.grade() == YearGrade.EXCELLENT).map(PersonYear::employeeId))
                .containsExactly("A1");
    }

    @Test
    void threeExcellentYearsRunningEarnAThirdClassMerit() {
        for (int m = 1; m <= 12; m++) {
            add("M01", m, 98, Grade.EXCELLENT);
            add("M02", m, 97, Grade.EXCELLENT);
            for (int f = 3; f <= 10; f++) {
                add(String.format("M%02d", f), m, 85, Grade.GOOD);
            }
        }
        // 10 graded × 20 % = 2: both 优秀; M01 was 优秀 in 2025 and 2024, M02 only in 2025
        List<PersonYear> people = evaluator.evaluate(YEAR, ALL_MONTHS, months,
                Map.of(2025, Set.of("M01", "M02"), 2024, Set.of("M01"))).people();
        assertThat(person(people, "M01").award()).isEqualTo(YearAward.THIRD_CLASS_MERIT);
        assertThat(person(people, "M02").award()).isEqualTo(YearAward.COMMENDATION);
        assertThat(person(people, "M03").award()).isNull();
    }

    @Test
    void missingMonthsMakeAPreviewComputedFromTheMonthsThereAre() {
        // months 1–10 run except May; F01 has 9 graded months: (8 × 90 + 99) / 9 = 819 / 9 = 91.00
        List<YearMonth> run = ALL_MONTHS.stream().filter(m -> m.getMonthValue() <= 10 && m.getMonthValue() != 5)
                .toList();
        for (YearMonth m : run) {
            add("F01", m.getMonthValue(), m.getMonthValue() == 10 ? 99 : 90, Grade.EXCELLENT);
        }
        YearOutcome outcome = evaluator.evaluate(YEAR, run, months, Map.of());
        assertThat(outcome.missingMonths()).containsExactly(YEAR.atMonth(5), YEAR.atMonth(11), YEAR.atMonth(12));
        assertThat(outcome.preview()).isTrue();
        PersonYear f = outcome.people().get(0);
        assertThat(f.tally().gradedMonths()).isEqualTo(9);
        assertThat(f.tally().yearScore().rounded(2)).isEqualByComparingTo("91.00");
        assertThat(f.grade()).isEqualTo(YearGrade.EXCELLENT);
    }

    @Test
    void aMonthWhoseCountsWereNotRecordedIsNamedNotCountedAsZero() {
        // March was computed by a Kaohe that kept no counts; July's 值班脱岗 still costs 5: 95 − 5 = 90.00
        for (int m = 1; m <= 12; m++) {
            YearCounts counts = m == 3 ? null : m == 7 ? new YearCounts(1, 0, 0, 0, 0) : NONE;
            add("G01", m, "95", Grade.EXCELLENT, false, "1000.00", counts);
        }
        PersonYear g = only(evaluate());
        assertThat(g.tally().unknownCountMonths()).containsExactly(YEAR.atMonth(3));
        assertThat(g.tally().dutyAbsences()).isEqualTo(1);
        assertThat(g.tally().yearScore().rounded(2)).isEqualByComparingTo("90.00");
    }

    @Test
    void theLatestMonthGivesNameSectionAndPayBase() {
        add("H01", 1, "80", Grade.GOOD, false, "1000.00", NONE);
        for (int m = 2; m <= 12; m++) {
            months.add(new PersonMonth(YEAR.atMonth(m), "H01", m < 12 ? "旧名" : "新名", m < 12 ? "文电科" : "秘书科",
                    new BigDecimal(m < 12 ? "1000.00" : "2000.00"), false, new BigDecimal("80"), Grade.GOOD, false,
                    BigDecimal.ZERO, NONE));
        }
        PersonYear h = only(evaluate());
        assertThat(h.tally().name()).isEqualTo("新名");
        assertThat(h.tally().section()).isEqualTo("秘书科");
        assertThat(h.bonus()).isEqualByComparingTo("2000.00");
    }

    @Test
    void aPayBaseOrDutyTheLatestMonthDidNotRecordComesFromTheMonthBeforeAndNeverRecordedMeansUnknown() {
        // K01: December's run recorded neither: November's 2500.00 and duty are used (12 × 92, 0 adoptions: 2 + 5
        // pieces short, 92 − 7 = 85.00, 称职: 2500.00); K02: no month recorded them: 考核奖 unknown, no target
        for (int m = 1; m <= 12; m++) {
            boolean december = m == 12;
            months.add(new PersonMonth(YEAR.atMonth(m), "K01", "甲", "秘书科", december ? null : new BigDecimal("2500.00"),
                    december ? null : Boolean.TRUE, new BigDecimal("92"), Grade.EXCELLENT, false, BigDecimal.ZERO,
                    NONE));
            months.add(new PersonMonth(YEAR.atMonth(m), "K02", "乙", "秘书科", null, null, new BigDecimal("92"),
                    Grade.EXCELLENT, false, BigDecimal.ZERO, NONE));
        }
        List<PersonYear> people = evaluate();
        assertThat(people.get(0).tally().yearScore().rounded(2)).isEqualByComparingTo("85.00");
        assertThat(people.get(0).bonus()).isEqualByComparingTo("2500.00");
        assertThat(people.get(1).tally().informationDuty()).isNull();
        assertThat(people.get(1).tally().yearScore().rounded(2)).isEqualByComparingTo("92.00");
        assertThat(people.get(1).grade()).isEqualTo(YearGrade.EXCELLENT);
        assertThat(people.get(1).bonus()).isNull();
    }

    private List<PersonYear> evaluate() {
        return evaluator.evaluate(YEAR, ALL_MONTHS, months, Map.of()).people();
    }

    private static PersonYear only(List<PersonYear> people) {
        assertThat(people).hasSize(1);
        return people.get(0);
    }

    private static PersonYear person(List<PersonYear> people, String id) {
        return people.stream().filter(p -> p.employeeId().equals(id)).findFirst().orElseThrow();
    }

    private void add(String id, int month, int score, Grade grade) {
        add(id, month, String.valueOf(score), grade, false, "1000.00", NONE);
    }

    private void add(String id, int month, String score, Grade grade, boolean veto, String payBase,
                     YearCounts counts) {
        add(id, month, score, grade, veto, payBase, counts, "0");
    }

    private void add(String id, int month, String score, Grade grade, boolean veto, String payBase,
                     YearCounts counts, String deductions) {
        months.add(new PersonMonth(YEAR.atMonth(month), id, "姓名" + id, "综合科", new BigDecimal(payBase), false,
                new BigDecimal(score), grade, veto, new BigDecimal(deductions), counts));
    }
}
