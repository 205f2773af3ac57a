package org.kaohe.input;

/**
 * One column of an input kind: its key (the English alias, as in SPEC §2), its Chinese header, whether the header
 * row must contain it (columns whose value is required), and whether only exports have it (a device's, or the 姓名 an
 * office system writes beside 工号), so that the sheets Kaohe writes itself leave it out.
 */
public record Column(String key, String zh, boolean required, boolean exportOnly) {

    public static Column required(String key, String zh) {
        return new Column(key, zh, true, false);
    }

    public static Column optional(String key, String zh) {
        return new Column(key, zh, false, false);
    }

    /**
     * The 姓名 beside a 工号 in every kind but the roster: every real export writes one, and a name that is not the
     * roster's for that 工号 usually means a mistyped 工号 that would charge the wrong person.
     */
    public static Column nameCheck() {
        return new Column("name", "姓名", false, true);
    }

    /** An optional column that only a device's export has (DingTalk's 考勤日期): no sheet kept by hand shows it. */
    public static Column exportOnly(String key, String zh) {
        return new Column(key, zh, false, true);
    }
}
