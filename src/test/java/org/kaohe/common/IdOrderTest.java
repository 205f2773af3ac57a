package org.kaohe.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdOrderTest {

    @Test
    void digitRunsSortAsNumbersWithTheirWidthAndEverythingElseByCharacter() {
        assertThat(Stream.of("F-10", "A10", "1000", "F-9", "A1", "999", "0123", "A9", "1000A")
                .sorted(IdOrder.NATURAL).toList())
                .isEqualTo(List.of("999", "0123", "1000", "1000A", "A1", "A9", "A10", "F-9", "F-10"));
    }
}
