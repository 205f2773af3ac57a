package org.kaohe.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Section names become file names that stay in the sections folder on every operating system. */
class SectionFileNamesTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @Test
    void anOrdinaryChineseNameIsKeptAsItIs() {
        assertThat(SectionFileNames.of(List.of("综合科"), OCT)).containsEntry("综合科", "综合科-2026-10.xlsx");
    }

    @Test
    void pathTricksNeverLeadOutOfTheFolder() {
        assertThat(SectionFileNames.safe("../../etc")).isEqualTo("_.._etc");
        assertThat(SectionFileNames.safe("..")).isEqualTo("_");
        assertThat(SectionFileNames.safe("/etc/passwd")).isEqualTo("_etc_passwd");
        assertThat(SectionFileNames.safe("..\\..\\Windows")).isEqualTo("_.._Windows");
        assertThat(SectionFileNames.safe("C:\\temp")).isEqualTo("C__temp");
        assertThat(SectionFileNames.safe(".hidden")).isEqualTo("hidden");
        Path dir = Path.of("out", "sections");
        for (String name : SectionFileNames.of(List.of("../../etc", "..", "/", "a/../../b"), OCT).values()) {
            assertThat(SectionWorkbooks.inside(dir, name).getParent()).isEqualTo(dir);
        }
        assertThatThrownBy(() -> SectionWorkbooks.inside(dir, "../x.xlsx")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void charactersWindowsRefusesAndControlCharactersBecomeUnderscores() {
        assertThat(SectionFileNames.safe("办公室<一>:科*?\"|")).isEqualTo("办公室_一__科____");
        assertThat(SectionFileNames.safe("综合\u0000科\t\n")).isEqualTo("综合_科");
        assertThat(SectionFileNames.safe("信息\u202E科")).isEqualTo("信息_科");   // right-to-left override
        assertThat(SectionFileNames.safe("  行政科. ")).isEqualTo("行政科");
        assertThat(SectionFileNames.safe("")).isEqualTo("_");
        assertThat(SectionFileNames.safe(" . ")).isEqualTo("_");
    }

    @Test
    void windowsDeviceNamesGetAPrefix() {
        assertThat(SectionFileNames.safe("CON")).isEqualTo("_CON");
        assertThat(SectionFileNames.safe("nul")).isEqualTo("_nul");
        assertThat(SectionFileNames.safe("Com1.科")).isEqualTo("_Com1.科");
        assertThat(SectionFileNames.safe("LPT9")).isEqualTo("_LPT9");
        assertThat(SectionFileNames.safe("CONSOLE")).isEqualTo("CONSOLE");
    }

    @Test
    void longNamesAreCutToWholeCharactersWithinTheByteLimit() {
        String safe = SectionFileNames.safe("很长的科室名".repeat(30));
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SectionFileNames.MAX_BYTES);
        assertThat(safe).isEqualTo("很长的科室名".repeat(10));   // 60 characters × 3 bytes = 180
        String file = SectionFileNames.of(List.of("很长的科室名".repeat(30)), OCT).values().iterator().next();
        assertThat(file.getBytes(StandardCharsets.UTF_8).length).isLessThan(255);
    }

    @Test
    void sectionsThatMapToTheSameNameGetDistinctFiles() {
        Map<String, String> names = SectionFileNames.of(List.of("综合/科", "综合:科", "综合_科", "Admin", "ADMIN"), OCT);
        assertThat(names).containsEntry("ADMIN", "ADMIN-2026-10.xlsx")
                .containsEntry("Admin", "Admin~2-2026-10.xlsx")
                .containsEntry("综合/科", "综合_科-2026-10.xlsx")
                .containsEntry("综合:科", "综合_科~2-2026-10.xlsx")
                .containsEntry("综合_科", "综合_科~3-2026-10.xlsx");
        assertThat(names.values()).doesNotHaveDuplicates();
    }
}
