package org.kaohe.cli;

/** What a user is told of a failure nobody foresaw (a bug), beside the log that has the whole trace. */
final class Unexpected {

    private Unexpected() {
    }

    /**
     * The first message in the cause chain, else the exception's kind: a failure on another thread often arrives
     * wrapped in an exception of its own without a message (a parallel stream rethrows a copy whose cause is the
     * original), and "null" tells the user nothing.
     */
    static String summary(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return c.getMessage();
            }
        }
        return t.getClass().getSimpleName();
    }
}
