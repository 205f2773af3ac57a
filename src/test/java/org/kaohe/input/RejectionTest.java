package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.ZH;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kaohe.common.SourceRef;

/** A rejected line of garbage keeps only what a report shows of it. */
class RejectionTest {

    private static final SourceRef AT = new SourceRef("punches.csv", "", 74);

    @Test
    void aLongValueIsKeptCutWithItsLength() {
        String garbage = "\0".repeat(300_000);
        Rejection r = new Rejection(AT, "工号", garbage, Reasons.unknownEmployee(garbage, Optional.empty()));
        assertThat(r.value()).isEqualTo("\0".repeat(200));
        assertThat(r.valueLength()).isEqualTo(300_000);
        assertThat(r.cut()).isTrue();
        assertThat(ZH.get(r.reason())).isEqualTo("未知工号 " + "<U+0000>".repeat(60) + "…");
    }

    @Test
    void aValueOfUpTo200CharactersIsKeptWhole() {
        String id = "9".repeat(200);
        Rejection r = new Rejection(AT, "工号", id, Reasons.unknownEmployee(id, Optional.empty()));
        assertThat(r.value()).isEqualTo(id);
        assertThat(r.valueLength()).isEqualTo(200);
        assertThat(r.cut()).isFalse();
        assertThat(ZH.get(r.reason())).isEqualTo("未知工号 " + "9".repeat(60) + "…");
        assertThat(ZH.get(Reasons.unknownEmployee("9".repeat(60), Optional.empty()))).isEqualTo("未知工号 " + "9".repeat(60));
    }
}
