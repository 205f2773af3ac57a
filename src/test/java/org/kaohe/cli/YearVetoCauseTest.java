package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vetoed month keeps its cause and the row that caused it in the run history (KAOHE_VETO_CAUSE), and the year
 * names them (SPEC §6); on the embedded repository here, on PostgreSQL in {@link PostgresYearVetoCauseTest}.
 */
class YearVetoCauseTest {

    @TempDir
    Path dir;

    @Test
    void theYearNamesAVetoedMonthsCauseWithTheFileSheetAndRowThatCausedIt() throws Exception {
        ThreePeople.runMonth(dir, "2026-02");
        // March: Y03's two findings on rows 2 and 3 of 第二轮督查, Y01's drinking on row 4
        ThreePeople.findingsWorkbook(dir.resolve("input").resolve("2026-03"), "第二轮督查",
                "F1,2026-03-09,孙督查,Y03,,,上班玩手机,一般,,1,刷视频,",
                "F2,2026-03-11,孙督查,Y03,,,上班玩手机,一般,,1,网购,",
                "F3,2026-03-10,孙督查,Y01,,,工作日饮酒,一般,是,,午餐饮酒,");
        ThreePeople.runMonth(dir, "2026-03");
        Path year = dir.resolve("output").resolve("2026");

        assertThat(Captured.run("year", "--year", "2026", "--output", year.toString()).exitCode()).isZero();

        Captured zh = Captured.run("explain", "--year", "2026", "--employee", "Y01", "--output", year.toString());
        assertThat(zh.out()).containsSequence("  2026-02  得分 100.00  好（运行 1）",
                "  2026-03  得分 98.00  较差，一票否决（运行 2）",
                "    3 月一票否决：工作日饮酒：午餐饮酒，findings.xlsx 工作表“第二轮督查”第4行",
                "  2026-04  没有已完成的运行，未计入");
        Captured en = Captured.run("explain", "--year", "2026", "--employee", "Y01", "--output", year.toString(),
                "--lang", "en");
        assertThat(en.out()).contains("    Vetoed in March: drinking on a working day: 午餐饮酒, findings.xlsx sheet "
                + "\"第二轮督查\" row 4");

        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT RUN_ID, EMPLOYEE_ID, SEQ, REASON, REASON_EN, SOURCE_FILE, "
                     + "SOURCE_SHEET, SOURCE_ROW FROM KAOHE_VETO_CAUSE")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getLong(8))).containsExactly(2L, "Y01", 1, "工作日饮酒：午餐饮酒",
                    "drinking on a working day: 午餐饮酒", "findings.xlsx", "第二轮督查", 4L);
            assertThat(rs.next()).isFalse();
        }
    }

    /** The run history the commands used: PostgreSQL when the test set it, else the output root's embedded one. */
    private Connection connect() throws SQLException {
        String url = System.getProperty("spring.datasource.url");
        return url != null ? DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"))
                : DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("output/.kaohe/jobs"), "sa", "");
    }
}
