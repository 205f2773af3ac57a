package org.kaohe.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The index never misses a key within two typing mistakes, whatever the mistakes. */
class TypoIndexTest {

    private static final String ALPHABET = "0123456789AB工号";

    @Test
    void everyKeyWithinTwoEditsIsACandidate() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            keys.add(randomText(random, 3 + random.nextInt(5)));
        }
        TypoIndex index = new TypoIndex(keys, 2);
        LevenshteinDistance exact = LevenshteinDistance.getDefaultInstance();
        int matched = 0;
        for (int t = 0; t < 2000; t++) {
            String typed = mistype(random, keys.get(random.nextInt(keys.size())), random.nextInt(4));
            int[] expected = IntStream.range(0, keys.size()).filter(i -> exact.apply(typed, keys.get(i)) <= 2)
                    .toArray();
            int[] candidates = index.candidates(typed);
            assertThat(IntStream.of(candidates).boxed().toList()).as(typed)
                    .containsAll(IntStream.of(expected).boxed().toList()).isSorted().doesNotHaveDuplicates();
            matched += expected.length;
        }
        assertThat(matched).isGreaterThan(1000);
    }

    @Test
    void aValueFarLongerOrShorterThanAnyKeyHasNoCandidates() {
        TypoIndex index = new TypoIndex(List.of("100001", "100002"), 2);
        assertThat(index.candidates("1")).isEmpty();
        assertThat(index.candidates("1000010000")).isEmpty();
        assertThat(index.candidates("10001")).containsExactly(0, 1);
    }

    private static String mistype(SplittableRandom random, String key, int edits) {
        StringBuilder s = new StringBuilder(key);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
        }
        return s.toString();
    }

    private static String randomText(SplittableRandom random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
