package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.SourceRef;
import org.kaohe.information.Adoption;
import org.kaohe.information.InformationReport;

class InformationBinderTest {

    private final InformationBinder binder = new InformationBinder(Roster.DIRECTORY);

    private static RawRow info(long row, String id, String employee, String submitted, String adoption,
                               String adopted) {
        return TestRows.row(InputKind.INFORMATION, row, "编号", id, "工号", employee, "报送日期", submitted,
                "标题", "我办开展值班检查", "采用情况", adoption, "采用日期", adopted);
    }

    @Test
    void bindsEveryColumn() throws Exception {
        assertThat(binder.bind(info(2, "XX-1", "1023", "2026/10/12", "省录用", "2026年10月20日"))).isEqualTo(
                new InformationReport("XX-1", "1023", LocalDate.of(2026, 10, 12), "我办开展值班检查",
                        Adoption.PROVINCE, LocalDate.of(2026, 10, 20), new SourceRef("information.csv", "", 2)));
    }

    @Test
    void emptyAdoptionIsNotAdoptedAndAnEmptyAdoptionDateIsTheSubmissionDate() throws Exception {
        InformationReport r = binder.bind(info(2, "XX-1", "1024", "2026-10-12", "", ""));
        assertThat(r.adoption()).isEqualTo(Adoption.NONE);
        assertThat(r.adoptedOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(binder.bind(info(3, "XX-2", "1024", "2026-10-12", "city", "")).adoption()).isEqualTo(Adoption.CITY);
    }

    @Test
    void aRepeatedIdIsRejectedAndPointsAtTheFirstAcceptedRow() throws Exception {
        assertRejected(binder, info(2, "XX-1", "1023", "2026-10-12", "", "2026-10-11"), "采用日期", "2026-10-11",
                "不能早于报送日期（2026-10-12）");
        binder.bind(info(3, "XX-1", "1023", "2026-10-12", "", ""));
        assertRejected(binder, info(4, "XX-1", "1024", "2026-10-13", "", ""), "编号", "XX-1",
                "与 information.csv 第3行重复");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|1023|2026-10-12|||编号||不能为空",
            "XX-2|1O23|2026-10-12|||工号|1O23|未知工号 1O23，是否为 张三（1023）？",
            "XX-2|1023||||报送日期||不能为空",
            "XX-2|1023|2026-10-12|市采用||采用情况|市采用|不是可选的值，可选：未采用/NONE, 市录用/CITY, 省录用/PROVINCE, 国家录用/NATIONAL",
            "XX-2|1023|2026-10-12||2026-10-11|采用日期|2026-10-11|不能早于报送日期（2026-10-12）",
            "XX-2|1023|2026-10-12|省录用|2026-10-11|采用日期|2026-10-11|不能早于报送日期（2026-10-12）"})
    void rejectsEachBrokenRule(String id, String employee, String submitted, String adoption, String adopted,
                               String column, String value, String reason) {
        assertRejected(binder, info(5, id, employee, submitted, adoption, adopted), column, value, reason);
    }
}
