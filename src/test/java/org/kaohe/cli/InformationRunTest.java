package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaohe.SmallMonth;
import org.kaohe.history.PersonSnapshot;
import org.kaohe.history.RunHistory;
import org.kaohe.history.YearCounts;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The small month with the 信息报送 ledger (SPEC §3.10) run end to end. October's weeks: Sep 28–Oct 4, Oct 5–11,
 * 12–18, 19–25 and Oct 26–Nov 1, each with a working day; 李娜 and 王芳 have the duty.
 * <ul>
 * <li>1001 张伟 (no duty): a 国家录用 piece of 10-22 (+2, overtime 0.75 + 2 under the cap) and a 值班脱岗 finding
 * with 分值 3 → 93.25 − 3 + 2 = 92.25.</li>
 * <li>1002 李娜: one piece, on 10-16, adopted by the city only on 11-02 → weeks 1, 2, 4 and 5 missed → 86 − 4 = 82.</li>
 * <li>2001 王芳: pieces in weeks 1–4, the one of 10-14 adopted by the province on 10-20 (+1); week 5 missed (−1) →
 * 100 − 1 + commendation 3 + 1 = 103.</li>
 * </ul>
 */
class InformationRunTest extends SmallMonthFolderTest {

    private static final String LEDGER_HEADER = "编号,工号,报送日期,标题,采用情况,采用日期";

    @BeforeEach
    void giveTwoPeopleTheDuty() throws IOException {
        SmallMonth.write(input, "staff.csv", "工号,姓名,科室,岗位系数,绩效基数,入职日期,离职日期,考勤方式,科长,考勤号,信息报送",
                "1001,张伟,综合科,1.2,3000.00,,,打卡,是,,否",
                "1002,李娜,综合科,1.0,2800.00,,,打卡,否,,是",
                "2001,王芳,秘书科,1.2,3200.00,,,免打卡,是,,是",
                "2002,刘洋,秘书科,,2600.00,2020-01-01,2026-09-30,打卡,否,,");
    }

    private Map<String, Map<String, String>> results() throws IOException {
        List<String> lines = Files.readAllLines(output.resolve("results-2026-10.csv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).substring(1).split(",");
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            byId.put(cells[0], row);
        }
        return byId;
    }

    @Test
    void missedWeeksDeductAdoptionsAddAndTheHistoryKeepsTheCountsTheYearNeeds() throws IOException {
        SmallMonth.write(input, "information.csv", LEDGER_HEADER,
                "I1,2001,2026-09-29,节前安全检查,,",
                "I2,2001,2026-10-09,节后收心会,,",
                "I3,2001,2026-10-14,局长走流程,省录用,2026-10-20",
                "I4,2001,2026-10-21,档案移交,未采用,",
                "I5,1002,2026-10-16,值班值守,市录用,2026-11-02",
                "I6,1001,2026-10-22,营商环境,国家录用,");
        List<String> findings = Files.readAllLines(input.resolve("findings.csv"), StandardCharsets.UTF_8);
        SmallMonth.write(input, "findings.csv", String.join("\n", findings),
                "F6,2026-10-24,孙督查,1001,,,值班脱岗,,,3,周六值班未到岗,");

        Captured c = run();

        assertThat(c.exitCode()).isEqualTo(0);
        assertThat(c.out()).contains("信息报送台账：1 个文件，采用 6 行，拒绝 0 行");
        Map<String, Map<String, String>> r = results();
        assertThat(List.of(r.get("1001").get("值班扣分"), r.get("1001").get("信息扣分"), r.get("1001").get("信息加分"),
                r.get("1001").get("得分"))).containsExactly("3.00", "0.00", "2.00", "92.25");
        assertThat(List.of(r.get("1002").get("信息扣分"), r.get("1002").get("信息加分"), r.get("1002").get("得分")))
                .containsExactly("4.00", "0.00", "82.00");
        assertThat(List.of(r.get("2001").get("信息扣分"), r.get("2001").get("信息加分"), r.get("2001").get("得分")))
                .containsExactly("1.00", "1.00", "103.00");
        assertThat(List.of(r.get("2002").get("信息扣分"), r.get("2002").get("信息加分"))).containsExactly("0.00", "0.00");

        try (ConfigurableApplicationContext context =
                     JobRepositoryContext.open(JobRepositoryContext.repositoryOf(output.getParent()))) {
            RunHistory history = context.getBean(RunHistory.class);
            List<PersonSnapshot> people = history.people(history.runs().get(0).id());
            assertThat(people).extracting(PersonSnapshot::employeeId, PersonSnapshot::yearCounts).containsExactly(
                    org.assertj.core.api.Assertions.tuple("1001", new YearCounts(1, 0, 0, 0, 1)),
                    org.assertj.core.api.Assertions.tuple("1002", new YearCounts(0, 4, 0, 0, 0)),
                    org.assertj.core.api.Assertions.tuple("2001", new YearCounts(0, 1, 0, 1, 0)),
                    org.assertj.core.api.Assertions.tuple("2002", new YearCounts(0, 0, 0, 0, 0)));
        }
    }

    @Test
    void aLedgerWithOnlyItsHeaderIsALedgerAndEveryOwedWeekIsMissed() throws IOException {
        SmallMonth.write(input, "information.csv", LEDGER_HEADER);

        assertThat(run().exitCode()).isEqualTo(0);

        Map<String, Map<String, String>> r = results();
        assertThat(r.get("1002").get("信息扣分")).isEqualTo("5.00");
        assertThat(r.get("2001").get("信息扣分")).isEqualTo("5.00");
        assertThat(r.get("1001").get("信息扣分")).isEqualTo("0.00");
        assertThat(r.get("1002").get("得分")).isEqualTo("81.00");
    }

    @Test
    void moreThanFivePercentOfTheLedgerRejectedFailsTheRunBeforeAnyOutput() throws IOException {
        SmallMonth.write(input, "information.csv", LEDGER_HEADER,
                "I1,2001,2026-10-09,节后收心会,,",
                "I2,1002,2026-10-12,值班值守,市录用,2026-10-11");

        Captured c = run();

        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err()).startsWith("信息报送台账共 2 行，其中 1 行被拒绝，超过 5%，本次不予计算",
                "2026-10 考核未完成，输出文件夹中没有写入任何文件。改正输入后重新运行即可");
        assertThat(output.resolve("results-2026-10.csv")).doesNotExist();
    }

    @Test
    void validateOnlyInformationShowsEveryRejectedRow() throws IOException {
        SmallMonth.write(input, "information.csv", LEDGER_HEADER,
                "I1,2001,2026-10-09,节后收心会,,",
                "I1,1002,2026-10-12,值班值守,,",
                "I2,1O02,2026-10-13,值班值守,,",
                "I3,1002,2026-10-14,营商环境,区录用,",
                "I4,1002,2026-10-15,营商环境,市录用,2026-10-14");

        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--only",
                "information");

        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).containsExactly(
                "信息报送台账：1 个文件，采用 1 行，拒绝 4 行",
                "information.csv 第 3 行，列“编号”，值“I1”：与 information.csv 第2行重复",
                "information.csv 第 4 行，列“工号”，值“1O02”：未知工号 1O02，是否为 李娜（1002）？",
                "information.csv 第 5 行，列“采用情况”，值“区录用”：不是可选的值，可选：未采用/NONE, 市录用/CITY, 省录用/PROVINCE, "
                        + "国家录用/NATIONAL",
                "information.csv 第 6 行，列“采用日期”，值“2026-10-14”：不能早于报送日期（2026-10-15）");
        assertThat(c.err()).containsExactly("信息报送台账有 4 行被拒绝，请改正后再交");
    }
}
