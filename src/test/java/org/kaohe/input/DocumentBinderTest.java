package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.assertRejected;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.OfficialDocument;
import org.kaohe.discipline.Urgency;

class DocumentBinderTest {

    private final DocumentBinder binder = new DocumentBinder(Roster.DIRECTORY);

    private static RawRow doc(long row, String id, String employee, String received, String done, String urgency) {
        return TestRows.row(InputKind.DOCUMENTS, row, "文号", id, "工号", employee, "收文时间", received,
                "办结时间", done, "紧急程度", urgency);
    }

    @Test
    void bindsEveryColumn() throws Exception {
        assertThat(binder.bind(doc(2, "市府办〔2026〕88号", "1024", "2026/10/9 9:05", "2026年10月12日 16:40", "加急")))
                .isEqualTo(new OfficialDocument("市府办〔2026〕88号", "1024", LocalDateTime.of(2026, 10, 9, 9, 5),
                        LocalDateTime.of(2026, 10, 12, 16, 40), Urgency.URGENT, new SourceRef("documents.csv", "", 2)));
    }

    @Test
    void readsUrgencyCodesAndAnEmptyDoneTimeMeansOpen() throws Exception {
        OfficialDocument d = binder.bind(doc(2, "A-1", "1023", "2026-10-09 09:05", "", "extra_urgent"));
        assertThat(d.urgency()).isEqualTo(Urgency.EXTRA_URGENT);
        assertThat(d.doneAt()).isNull();
        assertThat(binder.bind(doc(3, "A-2", "1023", "2026-10-09 09:05", "", "普通")).urgency())
                .isEqualTo(Urgency.NORMAL);
    }

    @Test
    void aRepeatedDocumentNumberIsRejected() throws Exception {
        binder.bind(doc(2, "A-1", "1023", "2026-10-09 09:05", "", "普通"));
        assertRejected(binder, doc(4, "A-1", "1024", "2026-10-12 09:05", "", "普通"), "文号", "A-1",
                "与 documents.csv 第2行重复");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "|1023|2026-10-09 09:05||普通|文号||不能为空",
            "A-9|1O24|2026-10-09 09:05||普通|工号|1O24|未知工号 1O24，是否为 李四（1024）？",
            "A-9|1023|2026-10-09||普通|收文时间|2026-10-09|不是有效的日期时间，请写成 2026-10-09 08:05（日期和时间之间空一格）",
            "A-9|1023|2026-10-09 09:05|2026-10-09 09:00|普通|办结时间|2026-10-09 09:00|不能早于收文时间（2026-10-09 09:05）",
            "A-9|1023|2026-10-09 09:05||紧急|紧急程度|紧急|不是可选的值，可选：特急/EXTRA_URGENT, 加急/URGENT, 普通/NORMAL",
            "A-9|1023|2026-10-09 09:05|||紧急程度||不能为空"})
    void rejectsEachBrokenRule(String id, String employee, String received, String done, String urgency,
                               String column, String value, String reason) {
        assertRejected(binder, doc(5, id, employee, received, done, urgency), column, value, reason);
    }
}
