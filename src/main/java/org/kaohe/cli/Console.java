package org.kaohe.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;

/** What the user reads on the terminal, in their language. */
final class Console {

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    Console(Messages messages) {
        this.messages = messages;
        this.out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        this.err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }

    Messages messages() {
        return messages;
    }

    void say(Msg msg) {
        out.println(messages.get(msg));
    }

    void print(String text) {
        out.println(text);
    }

    void error(Msg msg) {
        err.println(messages.get(msg));
    }
}
