package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.SmallMonth;

/**
 * A year end to end: an office of 30 免打卡 people run month by month through 2026, then {@code kaohe year}; every
 * cell of the year's results is worked out here by hand from the rules, not read back from the code.
 * <ul>
 * <li>Nothing against anyone scores 100. The monthly 好 quota is 40 % of a section's graded people, ties by 工号:
 * 综合科 and 秘书科 (10 each) S01–S04 and S11–S14, 信息科 (9) S21–S23, 机要室 (S30 alone) S30.</li>
 * <li>S02: 工作日饮酒 (严重, −10, 一票否决) in March → 90, 较差; S05 takes March's 好. Year: (11 × 100 + 90) / 12 =
 * 99.1666… → 较差 once → 基本称职, and a vetoed year's 考核奖 is 0.</li>
 * <li>S12: a finding of 分值 45 in March, June and September → 55, 较差 three times (S15 takes those 好): (9 × 100 +
 * 3 × 55) / 12 = 88.75 → 不称职.</li>
 * <li>S21 has the 信息报送 duty and the office keeps no ledger: no week owed, no adoption, so 2 + 5 pieces short of
 * the year's targets: 100 − 7 = 93.00.</li>
 * <li>S22: 值班脱岗 in June and September (−5 each month) → 95, not 好 then (S24 takes both): (10 × 100 + 2 × 95) / 12
 * = 99.1666…, − 2 × 5 charged again in the year = 89.1666… → below 90, 称职.</li>
 * <li>S30 starts on 2026-08-01: 不参评 January–July, 5 graded months → 不定等次.</li>
 * <li>优秀 quota: 29 people with a year grade × 20 % = 5.8 → 5. Candidates at 100.00 with 12 好 and no deduction
 * are S01, S03, S04, S11, S13, S14, S23 (by 工号), then S21 at 93.00: S01–S13 are 优秀 (嘉奖, 1.5 × 绩效基数), S14,
 * S23 and S21 fall below the quota to 称职 (1.0). S01's 绩效基数 is 3000.00, everyone else's 2000.00: 考核奖
 * 4500 + 4 × 3000 for 优秀, 22 × 2000 for 称职 = 60500.00.</li>
 * </ul>
 */
class TwelveMonthYearTest {

    private static final String HEADER = "工号,姓名,科室,参评月数,好,较好,一般,较差,一票否决月数,月均得分,值班脱岗次数,"
            + "信息省录用,信息市录用,信息扣分,年度得分,年度等次,奖励,考核奖";

    @TempDir
    Path dir;

    @Test
    void twelveRunMonthsMakeTheYearWorkedOutByHand() throws IOException {
        for (int m = 1; m <= 12; m++) {
            runMonth(m);
        }

        Captured year = Captured.run("year", "--year", "2026", "--output",
                dir.resolve("output").resolve("2026").toString());

        assertThat(year.exitCode()).as(String.join("\n", year.err())).isEqualTo(0);
        assertThat(year.out()).contains("使用的月份：2026-01, 2026-02, 2026-03, 2026-04, 2026-05, 2026-06, 2026-07, "
                        + "2026-08, 2026-09, 2026-10, 2026-11, 2026-12（共 12 个月，每个月取最后一次完成的运行）",
                "人员：30 人，有年度等次 29 人，不定等次 1 人，一票否决 1 人",
                "年度等次：优秀 5 人，称职 22 人，基本称职 1 人，不称职 1 人，不定等次 1 人",
                "优秀名额：5（参与排名的优秀人选 8 人，超出名额转为称职 3 人）",
                "奖励：嘉奖 5 人，记三等功 0 人；考核奖合计 60500.00 元")
                .noneMatch(l -> l.startsWith("本次为预览"));
        List<String> expected = new ArrayList<>(List.of(HEADER,
                "S01,人S01,综合科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,4500.00",
                "S02,人S02,综合科,12,11,0,0,1,1,99.17,0,0,0,0.00,99.17,基本称职,,0.00",
                "S03,人S03,综合科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S04,人S04,综合科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S05,人S05,综合科,12,1,11,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00"));
        for (int i = 6; i <= 10; i++) {
            expected.add(String.format("S%02d,人S%02d,综合科,12,0,12,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00", i, i));
        }
        expected.addAll(List.of(
                "S11,人S11,秘书科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S12,人S12,秘书科,12,9,0,0,3,0,88.75,0,0,0,0.00,88.75,不称职,,0.00",
                "S13,人S13,秘书科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,优秀,嘉奖,3000.00",
                "S14,人S14,秘书科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00",
                "S15,人S15,秘书科,12,3,9,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00"));
        for (int i = 16; i <= 20; i++) {
            expected.add(String.format("S%02d,人S%02d,秘书科,12,0,12,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00", i, i));
        }
        expected.addAll(List.of(
                "S21,人S21,信息科,12,12,0,0,0,0,100.00,0,0,0,7.00,93.00,称职,,2000.00",
                "S22,人S22,信息科,12,10,2,0,0,0,99.17,2,0,0,0.00,89.17,称职,,2000.00",
                "S23,人S23,信息科,12,12,0,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00",
                "S24,人S24,信息科,12,2,10,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00"));
        for (int i = 25; i <= 29; i++) {
            expected.add(String.format("S%02d,人S%02d,信息科,12,0,12,0,0,0,100.00,0,0,0,0.00,100.00,称职,,2000.00", i, i));
        }
        expected.add("S30,人S30,机要室,5,5,0,0,0,0,100.00,0,0,0,0.00,100.00,不定等次,,0.00");
        List<String> written = Files.readAllLines(dir.resolve("output").resolve("2026").resolve("year-results-2026.csv"),
                StandardCharsets.UTF_8);
        assertThat(written.get(0)).isEqualTo("\uFEFF" + HEADER);
        assertThat(written.subList(1, written.size())).containsExactlyElementsOf(expected.subList(1, expected.size()));
    }

    private void runMonth(int m) throws IOException {
        String month = String.format("2026-%02d", m);
        Path input = Files.createDirectories(dir.resolve("input").resolve(month));
        List<String> staff = new ArrayList<>(List.of("工号,姓名,科室,岗位系数,绩效基数,入职日期,考勤方式,信息报送"));
        for (int i = 1; i <= 30; i++) {
            String section = i <= 10 ? "综合科" : i <= 20 ? "秘书科" : i <= 29 ? "信息科" : "机要室";
            staff.add(String.format("S%02d,人S%02d,%s,1.0,%s,%s,免打卡,%s", i, i, section,
                    i == 1 ? "3000.00" : "2000.00", i == 30 ? "2026-08-01" : "", i == 21 ? "是" : "否"));
        }
        SmallMonth.write(input, "staff.csv", staff.toArray(String[]::new));
        List<String> findings = new ArrayList<>(List.of("编号,日期,督查人,工号,科室,类别,事项,严重程度,一票否决,分值,描述,证据"));
        if (m == 3) {
            findings.add("F1,2026-03-10,孙督查,S02,,,工作日饮酒,严重,,,午间饮酒,");
        }
        if (m == 3 || m == 6 || m == 9) {
            findings.add(String.format("F2,2026-%02d-10,孙督查,S12,,形象,,,,45,多次顶撞来访群众,", m));
        }
        if (m == 6 || m == 9) {
            findings.add(String.format("F3,2026-%02d-10,孙督查,S22,,,值班脱岗,,,,值班时间不在岗,", m));
        }
        SmallMonth.write(input, "findings.csv", findings.toArray(String[]::new));
        Captured c = Captured.run("run", "--month", month, "--input", input.toString(), "--output",
                dir.resolve("output").resolve(month).toString());
        assertThat(c.exitCode()).as(month + "\n" + String.join("\n", c.err())).isEqualTo(0);
    }
}
