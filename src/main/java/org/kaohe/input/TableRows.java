package org.kaohe.input;

import org.kaohe.common.SourceRef;

/**
 * The rows of one CSV file or one worksheet, fed in one at a time: the first non-empty row is the header, later
 * non-empty rows go to the sink as {@link RawRow}s. Empty rows are skipped but still counted, so row numbers stay
 * those the spreadsheet shows. What a template of {@code kaohe templates} adds is not data: the line of English
 * aliases right under the header, the example row and the notes sheet ({@link TemplateMarks}).
 */
final class TableRows implements SheetTable {

    enum State { AWAITING_HEADER, READING, WRONG_HEADER, NOTES }

    private final InputKind kind;
    private final String file;
    private final String sheet;
    private final RowSink sink;
    private State state = State.AWAITING_HEADER;
    private HeaderMatcher.HeaderMatch match;
    private SourceRef headerAt;
    /**
     * Only the rows right under the header may be a template's: the alias line, then the example. A copy of the
     * example further down is read as data, so a row copied from it is never lost without a word.
     */
    private boolean aliasAllowed;
    private boolean exampleAllowed;

    TableRows(InputKind kind, String file, String sheet, RowSink sink) {
        this.kind = kind;
        this.file = file;
        this.sheet = sheet;
        this.sink = sink;
    }

    /**
     * Takes the row with the given spreadsheet row number.
     *
     * @return the state after the row; once {@link State#WRONG_HEADER} the remaining rows are of no use
     * @throws InputFileException when the header has the kind's columns but one of them twice
     */
    @Override
    public State accept(long row, String[] cells) throws InputFileException {
        if (state == State.WRONG_HEADER || state == State.NOTES || isEmpty(cells)) {
            return state;
        }
        SourceRef at = new SourceRef(file, sheet, row);
        if (state == State.READING) {
            if (aliasAllowed && HeaderMatcher.isAliasLine(match.header(), cells)) {
                aliasAllowed = false;
            } else if (exampleAllowed && TemplateMarks.isExample(cells)) {
                aliasAllowed = false;
                exampleAllowed = false;
            } else {
                aliasAllowed = false;
                exampleAllowed = false;
                sink.row(new RawRow(at, match.header(), cells));
            }
            return state;
        }
        if (!sheet.isEmpty() && TemplateMarks.isNotes(cells)) {
            state = State.NOTES;
            return state;
        }
        headerAt = at;
        match = HeaderMatcher.match(kind, cells);
        if (!match.matches()) {
            state = State.WRONG_HEADER;
            return state;
        }
        if (match.duplicate() != null) {
            throw FileMessages.duplicateColumn(at, match.duplicate());
        }
        for (String text : match.unknown()) {
            sink.warning(at, FileMessages.unknownColumn(at, text, kind));
        }
        state = State.READING;
        aliasAllowed = true;
        exampleAllowed = true;
        return state;
    }

    /**
     * Reports a data row the file's encoding could not decode instead of taking its garbled cells; a header row
     * is read as it is (a garbled header cell is an unknown column).
     */
    State acceptUndecodable(long row, String[] cells, DecodedText.Undecodable bad, String encoding)
            throws InputFileException {
        if (state != State.READING) {
            return accept(row, cells);
        }
        SourceRef at = new SourceRef(file, sheet, row);
        sink.rejected(new Rejection(at, match.header().textAt(bad.cell()), cells[bad.cell()],
                FileMessages.undecodable(at, encoding, bad.value())));
        return state;
    }

    @Override
    public State state() {
        return state;
    }

    /** Only in {@link State#WRONG_HEADER}: the file cannot be used. */
    @Override
    public InputFileException wrongHeader() {
        return FileMessages.missingColumns(headerAt, match.missing());
    }

    /** Only in {@link State#WRONG_HEADER}: this sheet is left out while another sheet of the workbook is read. */
    @Override
    public void warnSkipped() {
        sink.warning(headerAt, FileMessages.sheetSkipped(headerAt, kind, match.missing()));
    }

    static boolean isEmpty(String[] cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
