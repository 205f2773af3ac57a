package org.kaohe.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in both languages, so --lang en never meets a missing key. (Placeholders may differ: an
 * English text names columns by their English key where the Chinese names them in Chinese.)
 */
class BundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyChineseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        List<Path> chinese;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            chinese = files.filter(p -> p.getFileName().toString().endsWith("_zh.properties")).sorted().toList();
        }
        assertThat(chinese).isNotEmpty();
        for (Path zh : chinese) {
            Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh.", "_en."));
            assertThat(keys(en)).as("%s against %s", en.getFileName(), zh.getFileName()).isEqualTo(keys(zh));
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
