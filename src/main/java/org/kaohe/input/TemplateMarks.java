package org.kaohe.input;

/**
 * The marks by which the blank workbooks of {@code kaohe templates} set their own content apart from data, so a
 * filled-in template reads like any other file. The corner brackets 「」 make them marks no real cell starts with:
 * an ID, 工号 or date never does.
 */
public final class TemplateMarks {

    /** Starts the first cell of the example row, which is never read. */
    public static final String EXAMPLE = "「示例」";
    /** Starts the first cell of a notes sheet (说明), which is skipped without a warning. */
    public static final String NOTES = "「说明」";

    private TemplateMarks() {
    }

    static boolean isExample(String[] cells) {
        return startsWith(cells, EXAMPLE);
    }

    static boolean isNotes(String[] cells) {
        return startsWith(cells, NOTES);
    }

    private static boolean startsWith(String[] cells, String mark) {
        return cells.length > 0 && cells[0] != null && cells[0].strip().startsWith(mark);
    }
}
