package org.kaohe.cli;

import org.kaohe.common.Msg;

/** A mistake in the command line or set-up: reported in one sentence, exit code 2. */
final class UsageException extends Exception {

    private final transient Msg reason;

    UsageException(Msg reason) {
        super(reason.toString());
        this.reason = reason;
    }

    Msg reason() {
        return reason;
    }
}
