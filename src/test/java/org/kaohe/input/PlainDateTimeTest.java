package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The positional fast path for punch times: the plain forms give exactly what {@link Values} reads; everything
 * else is left (null) to the general path, which reads or rejects it with its reason.
 */
class PlainDateTimeTest {

    @ParameterizedTest
    @CsvSource({
        "2026-10-09 08:05:30, 2026-10-09T08:05:30",
        "2026-10-09 08:05, 2026-10-09T08:05:00",
        "2026/10/9 8:05, 2026-10-09T08:05:00",
        "2026-1-1 0:00:00, 2026-01-01T00:00:00",
        "2026-10-09T23:59:59, 2026-10-09T23:59:59",
        "2026/10/09 08:05:30, 2026-10-09T08:05:30",
        "2024-02-29 12:00, 2024-02-29T12:00:00",
    })
    void readsThePlainFormsLikeValues(String text, LocalDateTime expected) throws RowRejectedException {
        assertThat(PlainDateTime.parse(text)).isEqualTo(expected);
        assertThat(new Values(TestRows.row(InputKind.PUNCHES, 2, "工号", "1001", "打卡时间", text))
                .dateTime("punch_time")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-09  08:05", "２０２６-10-09 08:05", "2026年10月9日 08:05", "2026-10/09 08:05",
        "2026-13-01 08:00", "2026-02-29 08:00", "2026-02-29 08:00:00", "2026-10/09 08:05:30", "2026-10-09 08:05-30", "2026-10-00 08:00", "2026-10-09 24:00", "2026-10-09 08:60",
        "2026-10-09 08:05:60", "2026-10-09 8:5", "2026-10-09 08:05:3", "2026-10-09 08:05:300", "2026-010-09 08:05",
        "2026-10-009 08:05", "2026-10-09 008:05", "2026-10-09", "08:05", "2026-10-09 08-05", "", "x026-10-09 08:05",
        "2026-10-09 08:05:30Z"})
    void leavesEverythingElseToTheGeneralPath(String text) {
        assertThat(PlainDateTime.parse(text)).isNull();
    }
}
