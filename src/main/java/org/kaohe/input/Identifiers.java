package org.kaohe.input;

import java.text.Normalizer;
import org.kaohe.common.Printable;

/**
 * 工号, 姓名, 科室 and 考勤号 as one person or section, whatever a copy and paste brought along. Characters that only
 * change how text is stored are cleaned silently: Unicode NFKC (full-width digits, composed and decomposed accents
 * read alike), zero-width characters a web page or chat leaves behind, surrounding spaces. Characters that change
 * what is shown or that no one types on purpose (control characters, bidi overrides and marks) are refused, so HR
 * sees them instead of two look-alike sections.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** The first character the identifier may not hold, or -1 when it may be {@link #clean cleaned}. */
    public static int refused(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (!printableAscii(cp) && !zeroWidth(cp) && Printable.hidden(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The identifier as compared and written; {@code raw} holds no {@link #refused} character. */
    public static String clean(String raw) {
        if (plainAscii(raw)) {
            // the common case, on every punch row of a device log: already as NFKC would make it
            return raw.strip();
        }
        StringBuilder kept = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (!zeroWidth(raw.charAt(i))) {
                kept.append(raw.charAt(i));
            }
        }
        String text = kept.toString();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return text.strip();
    }

    /**
     * An identifier typed where no row can be rejected (a command-line option, a password file's 科室): cleaned, or
     * only stripped when it holds a refused character, so it matches nothing and is shown as written.
     */
    public static String lookup(String raw) {
        return refused(raw) < 0 ? clean(raw) : raw.strip();
    }

    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!printableAscii(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean printableAscii(int c) {
        return c >= ' ' && c < 0x7F;
    }

    private static boolean zeroWidth(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
