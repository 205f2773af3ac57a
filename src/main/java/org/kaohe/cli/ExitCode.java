package org.kaohe.cli;

/** Exit codes of SPEC §5. */
final class ExitCode {

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int ALREADY_DONE = 3;

    private ExitCode() {
    }
}
