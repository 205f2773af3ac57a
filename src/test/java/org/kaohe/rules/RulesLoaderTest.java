package org.kaohe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.attendance.LeaveType;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Messages;
import org.kaohe.rules.ReportRules;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Urgency;
import org.kaohe.pay.PayRules;
import org.kaohe.year.YearGrade;
import org.kaohe.year.YearRules;

/** The shipped jobs/rules.yml holds SPEC §3's defaults, and a typo is reported with its line. */
class RulesLoaderTest {

    private static final Path SHIPPED = Path.of("jobs/rules.yml");

    @TempDir
    Path dir;

    @Test
    void theShippedRulesAreTheSpecDefaults() throws Exception {
        Rules r = RulesLoader.load(SHIPPED);
        assertThat(r.attendance().schedule().segments()).hasSize(1);
        assertThat(r.attendance().schedule().segments().get(0).start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(r.attendance().schedule().segments().get(0).end()).isEqualTo(LocalTime.of(17, 30));
        assertThat(r.attendance().graceMinutes()).isEqualTo(5);
        assertThat(r.attendance().fixesPerMonth()).isEqualTo(3);
        assertThat(r.attendance().ratioOf(LeaveType.SICK)).isEqualByComparingTo("0.5");
        assertThat(r.overtime().pointsPerHour().get(DayType.HOLIDAY)).isEqualByComparingTo("0.5");
        assertThat(r.overtime().monthlyCap()).isEqualByComparingTo("5");
        assertThat(r.discipline().vetoItems()).containsExactlyInAnyOrder(FindingItem.DRINKING, FindingItem.BANQUET,
                FindingItem.CAR_MISUSE, FindingItem.LEAK);
        assertThat(r.score().excellentQuota()).isEqualByComparingTo("0.40");
        assertThat(r.pay().mode()).isEqualTo(PayRules.Mode.POOL);
        assertThat(r.pay().scope()).isEqualTo(PayRules.Scope.OFFICE);
        assertThat(r.maxRejectedShare()).isEqualByComparingTo("0.05");
        assertThat(r.deadlines().delayPerWorkingDay()).isEqualByComparingTo("1");
        assertThat(r.deadlines().delayCapPerTask()).isEqualByComparingTo("5");
        assertThat(r.deadlines().backlogPoints()).isEqualByComparingTo("1");
        assertThat(r.deadlines().documentLimitWorkingDays()).containsExactly(entry(Urgency.EXTRA_URGENT, 0),
                entry(Urgency.URGENT, 1), entry(Urgency.NORMAL, 3));
    }

    @Test
    void documentLimitsAreWholeWorkingDaysForEveryUrgency() throws IOException {
        String half = Files.readString(SHIPPED).replace("URGENT: 1 ", "URGENT: 1.5 ");
        assertThatThrownBy(() -> RulesLoader.load(write(half)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("zh").get(e.reason()))
                        .startsWith("rules.yml 第 " + lineOf(half, "URGENT: 1.5") + " 行")
                        .contains("deadlines.document_limit_working_days.URGENT"));
        String misspelled = Files.readString(SHIPPED).replace("    NORMAL: 3 ", "    NORMALLY: 3 ");
        assertThatThrownBy(() -> RulesLoader.load(write(misspelled)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("zh").get(e.reason()))
                        .isEqualTo("rules.yml 第 " + lineOf(misspelled, "NORMALLY") + " 行：未知的设置项 "
                                + "deadlines.document_limit_working_days.NORMALLY（是否应为 "
                                + "deadlines.document_limit_working_days.NORMAL？）"));
    }

    @Test
    void theOfficeNameTitlesTheReportsAndMayBeLeftOut() throws Exception {
        assertThat(RulesLoader.load(SHIPPED).office()).isEqualTo("本单位");
        assertThat(RulesLoader.load(write(Files.readString(SHIPPED).replace("name: 本单位", "name: 某市委办公室")))
                .office()).isEqualTo("某市委办公室");
        String without = Files.readString(SHIPPED).replaceFirst("office:[^\n]*\n  name: 本单位\n", "");
        assertThat(without).doesNotContain("office:");
        assertThat(RulesLoader.load(write(without)).office()).isEmpty();
    }

    @Test
    void changingANumberInTheFileChangesTheRule() throws Exception {
        Path edited = write(Files.readString(SHIPPED).replace("grace_minutes: 5", "grace_minutes: 10")
                .replace("delay_cap_per_task: 5", "delay_cap_per_task: 3").replace("NORMAL: 3 ", "NORMAL: 5 "));
        Rules rules = RulesLoader.load(edited);
        assertThat(rules.attendance().graceMinutes()).isEqualTo(10);
        assertThat(rules.deadlines().delayCapPerTask()).isEqualByComparingTo("3");
        assertThat(rules.deadlines().documentLimitWorkingDays().get(Urgency.NORMAL)).isEqualTo(5);
    }

    @Test
    void aMisspelledKeyIsNamedWithItsLineAndTheIntendedKey() throws IOException {
        String text = Files.readString(SHIPPED).replace("  late: 1 ", "  lates: 1 ");
        int line = lineOf(text, "lates:");
        assertThatThrownBy(() -> RulesLoader.load(write(text)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("zh").get(e.reason()))
                        .isEqualTo("rules.yml 第 " + line + " 行：未知的设置项 score.lates（是否应为 score.late？）"));
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        String text = Files.readString(SHIPPED).replace("  fixes_per_month: 3", "");
        assertThatThrownBy(() -> RulesLoader.load(write(text)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("zh").get(e.reason()))
                        .isEqualTo("rules.yml 第 " + lineOf(text, "window_before_start_hours")
                                + " 行附近：缺少设置项 punch.fixes_per_month"));
    }

    @Test
    void theShippedYearRulesAreTheSpecDefaults() throws Exception {
        YearRules y = RulesLoader.load(SHIPPED).year();
        assertThat(y.minGradedMonths()).isEqualTo(6);
        assertThat(y.dutyAbsentPoints()).isEqualByComparingTo("5");
        assertThat(y.provinceTarget()).isEqualTo(2);
        assertThat(y.cityTarget()).isEqualTo(5);
        assertThat(y.shortPiecePoints()).isEqualByComparingTo("1");
        assertThat(y.incompetentBelow()).isEqualByComparingTo("60");
        assertThat(y.incompetentPoorMonths()).isEqualTo(3);
        assertThat(y.basicBelow()).isEqualByComparingTo("70");
        assertThat(y.basicPoorMonths()).isEqualTo(1);
        assertThat(y.excellentMin()).isEqualByComparingTo("90");
        assertThat(y.excellentGoodShare()).isEqualByComparingTo("0.5");
        assertThat(y.excellentQuota()).isEqualByComparingTo("0.20");
        assertThat(y.quotaScope()).isEqualTo(PayRules.Scope.OFFICE);
        assertThat(y.meritYears()).isEqualTo(3);
        assertThat(y.awardFactor()).containsExactly(entry(YearGrade.EXCELLENT, new BigDecimal("1.5")),
                entry(YearGrade.COMPETENT, new BigDecimal("1.0")), entry(YearGrade.BASIC, new BigDecimal("0.5")),
                entry(YearGrade.INCOMPETENT, new BigDecimal("0")), entry(YearGrade.UNDETERMINED, new BigDecimal("0")));
    }

    @Test
    void aRulesFileWrittenBeforeTheYearIsRefusedNamingTheSection() throws IOException {
        String shipped = Files.readString(SHIPPED);
        String text = shipped.substring(0, shipped.indexOf("year:")) + shipped.substring(shipped.indexOf("input:"));
        // a missing section is reported at the top map's first key
        assertThatThrownBy(() -> RulesLoader.load(write(text)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("zh").get(e.reason()))
                        .isEqualTo("rules.yml 第 " + lineOf(text, "office:") + " 行附近：缺少设置项 year"));
    }

    @Test
    void theShippedReportRulesChartTwentySectionsAndListUpToAHundredViolations() throws Exception {
        assertThat(RulesLoader.load(SHIPPED).report())
                .isEqualTo(new ReportRules(20, 100, new BigDecimal("10"), 3, 10));
        String shipped = Files.readString(SHIPPED);
        String text = shipped.substring(0, shipped.indexOf("report:")) + shipped.substring(shipped.indexOf("input:"));
        assertThatThrownBy(() -> RulesLoader.load(write(text)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("zh").get(e.reason()))
                        .isEqualTo("rules.yml 第 " + lineOf(text, "office:") + " 行附近：缺少设置项 report"));
    }

    @Test
    void anUnknownKeyIsRejectedWithItsLine() throws IOException {
        String text = Files.readString(SHIPPED).replace("  grace_minutes: 5", "  grace_minutes: 5\n  grace_minute: 7");
        int line = lineOf(text, "grace_minute: 7");
        assertThatThrownBy(() -> RulesLoader.load(write(text)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("zh").get(e.reason()))
                        .isEqualTo("rules.yml 第 " + line + " 行：未知的设置项 punch.grace_minute（是否应为 punch.grace_minutes？）"));
    }

    @Test
    void aBadValueIsNamed() throws IOException {
        String text = Files.readString(SHIPPED).replace("mode: pool", "mode: poool");
        assertThatThrownBy(() -> RulesLoader.load(write(text)))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(Messages.forLang("en").get(e.reason()))
                        .isEqualTo("rules.yml line " + lineOf(text, "mode: poool")
                                + ": pay.mode has the invalid value \"poool\"; choose one of: POOL, COEFFICIENT"));
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("rules.yml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(needle);
    }
}
