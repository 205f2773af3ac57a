package org.kaohe.input;

/**
 * One column of an input kind: its key (the English alias, as in SPEC §2), its Chinese header, whether the header
 * row must contain it (columns whose value is required), and whether only a device's export has it.
 */
public record Column(String key, String zh, boolean required, boolean exportOnly) {

    public static Column required(String key, String zh) {
        return new Column(key, zh, true, false);
    }

    public static Column optional(String key, String zh) {
        return new Column(key, zh, false, false);
    }

    /** An optional column that only a device's export has (DingTalk's 考勤日期): no sheet kept by hand shows it. */
    public static Column exportOnly(String key, String zh) {
        return new Column(key, zh, false, true);
    }
}
