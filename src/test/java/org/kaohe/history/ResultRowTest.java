package org.kaohe.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A results row kept in the history comes back exactly as written, whatever its text holds. */
class ResultRowTest {

    @Test
    void textWithQuotesCommasLineBreaksCarriageReturnsAndBackslashesComesBackUnchanged() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("工号", "1001");
        columns.put("姓名", "王\"建国\"");
        columns.put("不参评原因", "病假,事假\n跨月 C:\\a\\b");
        columns.put("科室", "综合科\r\n二组\r三组");
        columns.put("等次", "");

        String line = ResultRow.encode(columns);

        assertThat(line).isEqualTo("工号,1001,姓名,\"王\"\"建国\"\"\",不参评原因,\"病假,事假\n跨月 C:\\a\\b\","
                + "科室,\"综合科\r\n二组\r三组\",等次,");
        assertThat(ResultRow.decode(line)).containsExactlyEntriesOf(columns);
    }

    @Test
    void cellsQuotedWithoutNeedReadTheSame() {
        // any RFC 4180 writer may quote every cell
        assertThat(ResultRow.decode("\"工号\",\"1002\",\"得分\",\"103.00\",\"等次\",\"好\""))
                .containsExactly(Map.entry("工号", "1002"), Map.entry("得分", "103.00"), Map.entry("等次", "好"));
    }
}
