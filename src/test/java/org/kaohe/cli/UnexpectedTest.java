package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnexpectedTest {

    @Test
    void aWrapperWithoutAMessageShowsItsCausesMessage() {
        NullPointerException rethrown = new NullPointerException();
        rethrown.initCause(new NullPointerException("Cannot invoke \"Staff.id()\" because \"s\" is null"));
        assertThat(Unexpected.summary(rethrown)).isEqualTo("Cannot invoke \"Staff.id()\" because \"s\" is null");
    }

    @Test
    void noMessageAnywhereShowsTheKindOfFailure() {
        assertThat(Unexpected.summary(new IllegalStateException(new NullPointerException())))
                .isEqualTo("java.lang.NullPointerException");
        assertThat(Unexpected.summary(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
