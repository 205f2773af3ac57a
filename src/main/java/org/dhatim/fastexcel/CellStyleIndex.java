package org.dhatim.fastexcel;

/**
 * Kaohe's one reach into fastexcel's package (0.19): a cell's style by its index in the workbook's style table.
 * fastexcel's public way to style cells, a range's {@link StyleSetter}, gathers the styles of every cell of the
 * range into a set and merges each into the style table; at province scale that was 40 % of writing the workbooks.
 * Kaohe's cells take one of a few fixed looks, so each look is styled once per workbook, on a cell of a scratch
 * sheet that is never written, and its index is then given to every cell with that look.
 */
public final class CellStyleIndex {

    private CellStyleIndex() {
    }

    /** A sheet of {@code workbook} to style cells on, never part of the file: its styles go into the workbook's table. */
    public static Worksheet scratchSheet(Workbook workbook) {
        return new Worksheet(workbook, "scratch");
    }

    /** The index of the cell's style in its workbook's style table (0, the default, for an unstyled cell). */
    public static int styleOf(Worksheet sheet, int row, int column) {
        return sheet.cell(row, column).getStyle();
    }

    /** Gives the cell the style at {@code index} of its workbook's style table, from {@link #styleOf}. */
    public static void setStyle(Worksheet sheet, int row, int column, int index) {
        sheet.cell(row, column).setStyle(index);
    }
}
