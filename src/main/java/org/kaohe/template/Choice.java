package org.kaohe.template;

import java.util.Arrays;
import java.util.List;
import org.kaohe.common.Coded;

/** One value a dropdown offers: the Chinese term it writes, and the English code the reader also accepts. */
record Choice(String zh, String code) {

    /** The canonical terms of an enumeration, in its order: the template never retypes them. */
    static <E extends Enum<E> & Coded> List<Choice> of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.zh(), e.name())).toList();
    }
}
