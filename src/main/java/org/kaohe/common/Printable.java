package org.kaohe.common;

/**
 * Text from the user's files as it may be shown in a terminal, a message or a report cell: every character that
 * is invisible or that a terminal would obey (control characters such as ESC, BEL and NUL, bidi controls, zero-width
 * characters, line and paragraph separators) written as {@code <U+001B>}, and a quoted value cut to its start.
 */
public final class Printable {

    /** The most characters of a value that a message quotes; far longer than any real 工号, name or 科室. */
    public static final int QUOTED = 60;
    /**
     * The most characters of any text a message shows: room for a long path, or a value already quoted and
     * escaped (60 hidden characters take 480); a safety net against a whole file in one message, not a style.
     */
    static final int LONGEST = 1000;

    private Printable() {
    }

    /** The text with each hidden character escaped; the text itself when it has none (the common case). */
    public static String escaped(String text) {
        int first = firstHidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        text.substring(first).codePoints().forEach(cp -> append(sb, cp));
        return sb.toString();
    }

    /** The start of the text (at most {@link #QUOTED} characters, then {@code …}), hidden characters escaped. */
    public static String quoted(String text) {
        return text.length() <= QUOTED ? escaped(text) : escaped(text.substring(0, QUOTED)) + "…";
    }

    /**
     * Any text a message shows (a path, a file or sheet name, a value): escaped, and cut at {@link #LONGEST}
     * characters, so no file's content, however long, fills the terminal. Values from files are quoted shorter by
     * {@link #quoted}.
     */
    public static String bounded(String text) {
        return text.length() <= LONGEST ? escaped(text) : escaped(text.substring(0, LONGEST)) + "…";
    }

    /**
     * The text with its control characters (NUL, ESC, BEL …) escaped but its line breaks and tabs kept: a free
     * text cell of a report, which a spreadsheet shows as written but a NUL byte would break.
     */
    public static String controlsEscaped(String text) {
        if (text.chars().noneMatch(Printable::control)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> sb.append(control(cp) ? codePoint(cp) : Character.toString(cp)));
        return sb.toString();
    }

    private static boolean control(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
    }

    /** Whether the character cannot be seen or would be obeyed rather than shown. */
    public static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A character written as {@code <U+XXXX>}, the way Unicode names code points. */
    public static String codePoint(int cp) {
        return String.format("<U+%04X>", cp);
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (hidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void append(StringBuilder sb, int cp) {
        if (hidden(cp)) {
            sb.append(codePoint(cp));
        } else {
            sb.appendCodePoint(cp);
        }
    }
}
