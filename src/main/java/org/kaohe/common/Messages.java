package org.kaohe.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders {@link Msg}s in the user's language (Chinese by default, English with --lang en). Each capability owns
 * its bundle: a key {@code input.bad_date} lives in {@code messages/input_zh.properties} and
 * {@code messages/input_en.properties}.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages forLang(String lang) {
        return new Messages("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public String get(String key, Object... args) {
        String bundleName = "messages." + key.substring(0, key.indexOf('.'));
        String pattern = ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(render(args));
    }

    public String get(Msg msg) {
        return get(msg.key(), msg.args());
    }

    private Object[] render(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Msg m) {
                out[i] = get(m);
            } else if (a instanceof Coded c) {
                out[i] = locale.getLanguage().equals("en") ? c.name() : c.zh();
            } else {
                // numbers are passed pre-formatted by callers; MessageFormat would add grouping separators
                out[i] = a instanceof Number ? a.toString() : a instanceof String t ? Printable.bounded(t) : a;
            }
        }
        return out;
    }
}
