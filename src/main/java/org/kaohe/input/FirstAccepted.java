package org.kaohe.input;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * Where each value of a must-be-unique column was first accepted. Only accepted rows take a value: a later row is
 * compared with rows that made it into the month, so a reason "与 staff.csv 第3行重复" always points at a row
 * the month uses (a rejected row is reported for its own fault and blocks nothing). An empty value (null or "")
 * takes nothing: uniqueness applies to the values given.
 */
final class FirstAccepted {

    private final Map<String, SourceRef> firstByValue = new HashMap<>();

    /** Rejects the row at {@code key} when an accepted row already holds {@code value}. */
    void checkFree(Values v, String key, String value) throws RowRejectedException {
        checkFree(v, key, value, Reasons::duplicate);
    }

    void checkFree(Values v, String key, String value, Function<SourceRef, Msg> reason)
            throws RowRejectedException {
        SourceRef first = firstByValue.get(value);
        if (first != null) {
            throw v.reject(key, reason.apply(first));
        }
    }

    /** Records an accepted row's value; call once the whole row is accepted. */
    void accept(String value, SourceRef source) {
        if (!isEmpty(value)) {
            firstByValue.putIfAbsent(value, source);
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
