package org.kaohe.cli;

import org.kaohe.evaluation.EvaluationException;

/** Exit codes of SPEC §5. */
final class ExitCode {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int ALREADY_DONE = 3;

    private ExitCode() {
    }

    /** Tells the user why the month cannot be evaluated; set-up mistakes are usage errors. */
    static int report(EvaluationException e, Console console) {
        console.error(e.reason());
        return e.configuration() ? USAGE : FAILED;
    }
}
