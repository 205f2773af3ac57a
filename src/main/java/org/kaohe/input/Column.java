package org.kaohe.input;

/**
 * One column of an input kind: its key (the English alias, as in SPEC §2), its Chinese header, and whether the
 * header row must contain it (columns whose value is required).
 */
public record Column(String key, String zh, boolean required) {

    public static Column required(String key, String zh) {
        return new Column(key, zh, true);
    }

    public static Column optional(String key, String zh) {
        return new Column(key, zh, false);
    }
}
