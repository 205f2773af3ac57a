package org.kaohe.input;

/** Thrown by a binder for a row that breaks a rule; carries the rejection to report. */
public class RowRejectedException extends Exception {

    private final transient Rejection rejection;

    public RowRejectedException(Rejection rejection) {
        super(rejection.toString(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
