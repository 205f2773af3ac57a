package org.kaohe.publish;

import org.kaohe.common.Msg;

/** A completed run whose outputs could not be published (or whose completion could not be recorded on disk). */
public final class PublicationException extends Exception {

    private final transient Msg reason;

    public PublicationException(Msg reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Msg reason() {
        return reason;
    }
}
