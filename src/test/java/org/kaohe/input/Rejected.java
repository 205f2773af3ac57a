package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Objects;
import org.kaohe.common.Messages;

/** Asserts that a binder rejects a row, with the exact place, column, value and Chinese reason. */
final class Rejected {

    static final Messages ZH = Messages.forLang("zh");
    static final Messages EN = Messages.forLang("en");

    private Rejected() {
    }

    static Rejection rejection(RowBinder<?> binder, RawRow row) {
        try {
            Object bound = binder.bind(row);
            return fail("expected a rejection but got " + bound);
        } catch (RowRejectedException e) {
            return e.rejection();
        }
    }

    /** A null {@code value} is an empty cell, as in {@link TestRows}. */
    static void assertRejected(RowBinder<?> binder, RawRow row, String column, String value, String reasonZh) {
        Rejection r = rejection(binder, row);
        assertThat(r.source()).isEqualTo(row.source());
        assertThat(r.column()).isEqualTo(column);
        assertThat(r.value()).isEqualTo(Objects.requireNonNullElse(value, ""));
        assertThat(ZH.get(r.reason())).isEqualTo(reasonZh);
    }
}
