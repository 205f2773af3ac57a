package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaohe.input.Rejected.EN;
import static org.kaohe.input.Rejected.ZH;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaohe.common.SourceRef;
import org.kaohe.staff.Clocking;

class InputBundleTest {

    private static Properties bundle(String name, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InputBundleTest.class.getResourceAsStream("/messages/" + name + "_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The row reasons: {@code input.*}, and {@code device.*} for attendance-machine exports. */
    @ParameterizedTest
    @CsvSource({"input, 20", "device, 6"})
    void bothLanguagesHaveTheSameKeysWithTheSameArguments(String name, int atLeast) throws IOException {
        Properties zh = bundle(name, "zh");
        Properties en = bundle(name, "en");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allMatch(k -> k.startsWith(name + ".")).hasSizeGreaterThan(atLeast);
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
            // MessageFormat drops a lone apostrophe and everything quoted by it
            assertThat(zh.getProperty(key) + en.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void rendersReasonsInEnglish() {
        assertThat(EN.get(Reasons.unknownEmployee("1O23", Optional.of("张三（1023）"))))
                .isEqualTo("unknown employee ID 1O23; did you mean 张三（1023）?");
        assertThat(EN.get(Reasons.duplicate(new SourceRef("staff.xlsx", "花名册", 3))))
                .isEqualTo("duplicates staff.xlsx sheet \"花名册\" row 3");
        assertThat(EN.get(Reasons.badChoice(Clocking.class)))
                .isEqualTo("is not one of the accepted values: 打卡 (clocking in), 免打卡 (exempt from clocking)");
        assertThat(EN.get(Reasons.afterMonth(YearMonth.of(2026, 10)))).isEqualTo(
                "is after the last day of this month (2026-10); register it in the folder of the month it happened in");
    }

    @Test
    void rendersPlacesWithAndWithoutASheetInChinese() {
        assertThat(ZH.get(Reasons.secondChief("办公室", new SourceRef("staff.xlsx", "花名册", 3))))
                .isEqualTo("科室“办公室”已有科长（staff.xlsx 工作表“花名册”第3行），每个科室只能有一位科长");
        assertThat(ZH.get(Reasons.duplicate(new SourceRef("staff.csv", "", 12345)))).isEqualTo("与 staff.csv 第12345行重复");
    }
}
