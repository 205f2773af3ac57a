package org.kaohe.input;

/**
 * The rows of one worksheet or CSV file as a reader feeds them in, with the row number the spreadsheet shows. A
 * kind's own file finds its header in the first non-empty row ({@link TableRows}); a DingTalk workbook's punch
 * sheet under a title and a multi-row header ({@link DingTalkSheet}).
 */
interface SheetTable {

    /**
     * Takes the row with the given spreadsheet row number.
     *
     * @return the state after the row; once {@link TableRows.State#WRONG_HEADER} the remaining rows are of no use
     * @throws InputFileException when the header names one of the kind's columns twice
     */
    TableRows.State accept(long row, String[] cells) throws InputFileException;

    TableRows.State state();

    /** Only in {@link TableRows.State#WRONG_HEADER}: the file cannot be used. */
    InputFileException wrongHeader();

    /** Only in {@link TableRows.State#WRONG_HEADER}: this sheet is left out while another sheet is read. */
    void warnSkipped();
}
