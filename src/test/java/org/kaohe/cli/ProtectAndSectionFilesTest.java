package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.kaohe.SmallMonth;

/** --protect end to end, and section names that try to write outside the output folder. */
class ProtectAndSectionFilesTest extends SmallMonthFolderTest {

    @Test
    void aSectionWithoutAPasswordStopsTheRunBeforeAnythingIsWrittenAndNoPasswordIsShown() throws IOException {
        Path pw = Files.writeString(dir.resolve("pw.csv"), "科室,密码\n综合科,zh-secret\n");
        Captured c = run("--protect", pw.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(String.join("\n", c.err())).contains("没有这些科室的密码：秘书科").doesNotContain("zh-secret");
        assertThat(String.join("\n", c.out())).doesNotContain("zh-secret");
        assertThat(output).doesNotExist();
        try (Stream<Path> logs = Files.walk(dir.resolve("output").resolve(".kaohe"))) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                assertThat(Files.readString(log)).doesNotContain("zh-secret");
            }
        }

        Files.writeString(pw, "科室,密码\n综合科,zh-secret\n秘书科,ms-secret\n");
        assertThat(run("--protect", pw.toString()).exitCode()).isEqualTo(0);
        assertThat(opens(output.resolve("sections").resolve("秘书科-2026-10.xlsx"), "ms-secret")).isTrue();
        assertThat(opens(output.resolve("sections").resolve("综合科-2026-10.xlsx"), "ms-secret")).isFalse();
    }

    @Test
    void anUnusablePasswordFileIsAUsageErrorBeforeTheMonthRuns() throws IOException {
        Path pw = Files.writeString(dir.resolve("pw.csv"), "综合科,secret\n");
        Captured c = run("--protect", pw.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(String.join("\n", c.err())).contains("的第一行应为表头“科室,密码”");
        assertThat(run("--protect", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(2);
        assertThat(dir.resolve("output").resolve(".kaohe")).doesNotExist();
    }

    @Test
    void sectionNamesThatArePathsStayInsideTheSectionsFolder() throws IOException {
        SmallMonth.write(input, "staff.csv", "工号,姓名,科室,岗位系数,绩效基数,入职日期,离职日期,考勤方式,科长,考勤号",
                "1001,张伟,../../evil,1.2,3000.00,,,打卡,是,",
                "1002,李娜,../../evil,1.0,2800.00,,,打卡,否,",
                "2001,王芳,CON,1.2,3200.00,,,免打卡,是,",
                "2002,刘洋,..,,2600.00,2020-01-01,2026-09-30,打卡,否,");
        Files.deleteIfExists(input.resolve("findings.csv"));   // its section finding names 综合科
        Captured c = run();
        assertThat(c.exitCode()).as(String.join("\n", c.err())).isEqualTo(0);
        try (Stream<Path> files = Files.list(output.resolve("sections"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "_.._evil-2026-10.xlsx", "_CON-2026-10.xlsx", "_-2026-10.xlsx");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().endsWith(".xlsx")))
                    .allMatch(p -> p.startsWith(output));
        }
    }

    @Test
    void aNewRunReplacesTheWholeSectionsFolderSoARenamedSectionLeavesNoStaleWorkbook() throws IOException {
        assertThat(run().exitCode()).isEqualTo(0);
        assertThat(output.resolve("sections").resolve("秘书科-2026-10.xlsx")).exists();
        SmallMonth.write(input, "staff.csv", "工号,姓名,科室,岗位系数,绩效基数,入职日期,离职日期,考勤方式,科长,考勤号",
                "1001,张伟,综合科,1.2,3000.00,,,打卡,是,",
                "1002,李娜,综合科,1.0,2800.00,,,打卡,否,",
                "2001,王芳,文秘科,1.2,3200.00,,,免打卡,是,",
                "2002,刘洋,文秘科,,2600.00,2020-01-01,2026-09-30,打卡,否,");
        assertThat(run("--rerun").exitCode()).isEqualTo(0);
        try (Stream<Path> files = Files.list(output.resolve("sections"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("综合科-2026-10.xlsx", "文秘科-2026-10.xlsx");
        }
        try (Stream<Path> left = Files.list(output.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2026-10", ".kaohe", "logs");
        }
    }

    private static boolean opens(Path file, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return Decryptor.getInstance(new EncryptionInfo(fs)).verifyPassword(password);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
