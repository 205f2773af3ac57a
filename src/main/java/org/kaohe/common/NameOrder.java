package org.kaohe.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names (of sections, people) in the order an office list is sorted: Chinese collation. A collator ties names it
 * ignores some characters of, so the tie is broken by the names' code points: this order may sort a set or a map
 * without ever merging two different names into one.
 */
public final class NameOrder {

    public static final Comparator<String> CHINESE = ((Comparator<String>) Collator.getInstance(Locale.CHINA)::compare)
            .thenComparing(Comparator.naturalOrder());

    private NameOrder() {
    }
}
