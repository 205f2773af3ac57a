package org.kaohe.rules;

import org.kaohe.common.Msg;

/** The rules file cannot be used; the message names the file, line and key. */
public class RulesException extends Exception {

    private final transient Msg reason;

    public RulesException(Msg reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Msg reason() {
        return reason;
    }
}
