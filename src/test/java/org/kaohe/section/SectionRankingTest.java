package org.kaohe.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaohe.common.Msg;
import org.kaohe.discipline.SectionDiscipline;
import org.kaohe.scoring.Veto;

/** SPEC §3.9 with hand-worked section scores. */
class SectionRankingTest {

    private final SectionRanking ranking = new SectionRanking();

    private static SectionRanking.Member m(String id, String section, String score, boolean vetoed, int violations) {
        return new SectionRanking.Member(id, section, new BigDecimal(score), vetoed, violations);
    }

    @Test
    void sectionsRankByMeanScoreMinusSectionFindingsAndTheBestUnbarredOneIsTheModelSection() {
        List<SectionRanking.Member> members = List.of(
                m("1", "综合科", "100", false, 0), m("2", "综合科", "95", false, 1), m("3", "综合科", "93", false, 1),
                m("4", "秘书科", "99", true, 2), m("5", "秘书科", "98", false, 0),
                m("6", "信息科", "96", false, 0), m("7", "信息科", "97", false, 0));
        // 综合科 (100 + 95 + 93) / 3 = 96 − 2 (section finding) = 94; 秘书科 98.5 but vetoed; 信息科 96.5
        SectionDiscipline finding = new SectionDiscipline("综合科", new BigDecimal("2"), BigDecimal.ZERO, List.of(),
                List.of());
        List<SectionStanding> standings = ranking.rank(List.of("综合科", "秘书科", "信息科", "后勤科"), members,
                Map.of("综合科", finding));
        assertThat(standings).extracting(SectionStanding::section, SectionStanding::rank, SectionStanding::civilized,
                        SectionStanding::gradedMembers, SectionStanding::violations)
                .containsExactly(tuple("秘书科", 1, false, 2, 2), tuple("信息科", 2, true, 2, 0),
                        tuple("综合科", 3, false, 3, 2), tuple("后勤科", null, false, 0, 0));
        assertThat(standings.get(0).score()).isEqualByComparingTo("98.5");
        assertThat(standings.get(0).vetoedMembers()).containsExactly("4");
        assertThat(standings.get(2).meanScore()).isEqualByComparingTo("96");
        assertThat(standings.get(2).score()).isEqualByComparingTo("94");
        assertThat(standings.get(3).score()).isNull();
    }

    @Test
    void theMeanIsKeptExactForRankingAndTiesGoToFewerViolationsThenName() {
        // 文电科 (98 + 97 + 97) / 3 = 97.333…; 行政科 and 人事科 both 97.5, 人事科 with fewer violations;
        // 办公室 (bàn) and 保卫科 (bǎo) tie on score and violations: pinyin order puts 办公室 first
        List<SectionRanking.Member> members = List.of(
                m("1", "文电科", "98", false, 0), m("2", "文电科", "97", false, 0), m("3", "文电科", "97", false, 0),
                m("4", "行政科", "97.5", false, 3), m("5", "人事科", "97.5", false, 1),
                m("6", "保卫科", "90", false, 0), m("7", "办公室", "90", false, 0));
        List<SectionStanding> standings = ranking.rank(List.of("文电科", "行政科", "人事科", "保卫科", "办公室"), members,
                Map.of());
        assertThat(standings).extracting(SectionStanding::section)
                .containsExactly("人事科", "行政科", "文电科", "办公室", "保卫科");
        assertThat(standings.get(2).score().toPlainString()).startsWith("97.33333333333333333333333333333333");
        assertThat(standings).filteredOn(SectionStanding::civilized).extracting(SectionStanding::section)
                .containsExactly("人事科");
    }

    @Test
    void namesTheCollatorTiesStayTwoSections() {
        // the Chinese collator ignores the zero-width space: as a set's only order it made these one section
        String lookAlike = "综合科\u200B";
        assertThat(java.text.Collator.getInstance(java.util.Locale.CHINA).compare("综合科", lookAlike)).isZero();
        List<SectionStanding> standings = ranking.rank(List.of(lookAlike, "综合科"),
                List.of(m("1", "综合科", "99", false, 0), m("2", "综合科", "97", false, 0), m("3", lookAlike, "80", true, 0)),
                Map.of());
        assertThat(standings).extracting(SectionStanding::section, SectionStanding::gradedMembers,
                        SectionStanding::civilized)
                .containsExactly(tuple("综合科", 2, true), tuple(lookAlike, 1, false));
    }

    @Test
    void aVetoFindingBarsTheSectionAndACommendationRaisesItsScore() {
        SectionDiscipline barred = new SectionDiscipline("综合科", BigDecimal.ZERO, BigDecimal.ZERO, List.of(),
                List.of(new Veto(Msg.of("discipline.section_bar", "x", "F1"), Msg.of("discipline.text", "x"), null)));
        SectionDiscipline praised = new SectionDiscipline("信息科", BigDecimal.ZERO, new BigDecimal("3"), List.of(),
                List.of());
        List<SectionStanding> standings = ranking.rank(List.of("综合科", "信息科"),
                List.of(m("1", "综合科", "99", false, 0), m("2", "信息科", "95", false, 0)),
                Map.of("综合科", barred, "信息科", praised));
        assertThat(standings).extracting(SectionStanding::section, SectionStanding::civilized)
                .containsExactly(tuple("综合科", false), tuple("信息科", true));
        assertThat(standings.get(1).score()).isEqualByComparingTo("98");
    }

    @Test
    void whenEverySectionIsBarredThereIsNoModelSection() {
        List<SectionStanding> standings = ranking.rank(List.of("综合科"), List.of(m("1", "综合科", "99", true, 1)),
                Map.of());
        assertThat(standings).noneMatch(SectionStanding::civilized);
        assertThat(standings.get(0).rank()).isEqualTo(1);
    }
}
