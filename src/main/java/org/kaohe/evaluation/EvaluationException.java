package org.kaohe.evaluation;

import org.kaohe.common.Msg;

/** The month cannot be evaluated; {@code configuration} separates set-up mistakes (exit 2) from data (exit 1). */
public class EvaluationException extends Exception {

    private final transient Msg reason;
    private final boolean configuration;

    public EvaluationException(Msg reason, boolean configuration) {
        super(reason.toString());
        this.reason = reason;
        this.configuration = configuration;
    }

    public Msg reason() {
        return reason;
    }

    public boolean configuration() {
        return configuration;
    }
}
