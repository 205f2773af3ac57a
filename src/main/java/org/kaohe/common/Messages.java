package org.kaohe.common;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Renders {@link Msg}s in the user's language (Chinese by default, English with --lang en). Each capability owns
 * its bundle: a key {@code input.bad_date} lives in {@code messages/input_zh.properties} and
 * {@code messages/input_en.properties}.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    /**
     * The bundles by name: the reports look up a message per cell, millions in a province's month, and the JDK's
     * own look-up finds its caller's class loader by walking the stack every time.
     */
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();
    /**
     * Each thread's parsed patterns by key: parsing a pattern for every message with arguments (a grade, a remark, a
     * title) was a visible part of a province's reports; a MessageFormat may not be used by two threads at once.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    public Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages forLang(String lang) {
        return new Messages("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public String get(String key, Object... args) {
        String pattern = bundles.computeIfAbsent(key.substring(0, key.indexOf('.')),
                name -> ResourceBundle.getBundle("messages." + name, locale, NO_FALLBACK)).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.get().computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return format.format(render(args, format.getFormatsByArgumentIndex()));
    }

    public String get(Msg msg) {
        return get(msg.key(), msg.args());
    }

    /** A value users write in Chinese: its own term in Chinese, its English words ({@code coded_en}) in English. */
    public String term(Coded c) {
        if (!english()) {
            return c.zh();
        }
        Class<?> type = c instanceof Enum<?> e ? e.getDeclaringClass() : c.getClass();
        return get("coded." + type.getSimpleName() + "." + c.name());
    }

    /** Whether text is in English: for text kept in both languages, such as the history's veto causes. */
    public boolean english() {
        return locale.getLanguage().equals("en");
    }

    /**
     * The arguments as the pattern shows them. An argument that picks a plural ({@code {0,choice,1#{0} point|1<{0}
     * points}}) is passed as a number, however the caller wrote it.
     */
    private Object[] render(Object[] args, Format[] formats) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (i < formats.length && formats[i] instanceof ChoiceFormat) {
                out[i] = a instanceof Number n ? n : new BigDecimal(a.toString().strip());
            } else if (a instanceof Msg m) {
                out[i] = get(m);
            } else if (a instanceof Coded c) {
                out[i] = term(c);
            } else if (a instanceof Coded.Choices choices) {
                out[i] = choices(choices);
            } else {
                // numbers are passed pre-formatted by callers; MessageFormat would add grouping separators
                out[i] = a instanceof Number ? a.toString() : a instanceof String t ? Printable.bounded(t) : a;
            }
        }
        return out;
    }

    /** "事假/PERSONAL, 病假/SICK" in Chinese; "事假 (personal leave), 病假 (sick leave)" in English, without codes. */
    private String choices(Coded.Choices choices) {
        return choices.values().stream()
                .map(c -> english() ? c.zh() + " (" + term(c) + ")" : c.zh() + "/" + c.name())
                .collect(Collectors.joining(", "));
    }
}
