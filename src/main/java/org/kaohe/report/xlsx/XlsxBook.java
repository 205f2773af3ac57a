package org.kaohe.report.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * A report workbook: sheets of {@link XlsxSheet} tables sharing one set of looks (a large bold title, bold frozen
 * header, text cells formatted as text, the number formats of {@link XlsxCell.Format}, dates), written top to bottom
 * so memory stays flat for 100,000 people. Sheets are filled one after the other: starting a sheet finishes the one
 * before (a streamed book can also be filled in {@link #parts} on several threads at once, see {@link BookParts}); writing errors while filling a sheet are {@link UncheckedIOException}s. Usage: {@code try (XlsxBook book = XlsxBook.streamed(file, null)) { book.sheet(...).row(...);
 * book.save(); }}; a book closed without {@link #save} leaves an incomplete file, for the caller's staging folder to
 * discard.
 */
public final class XlsxBook implements Closeable {

    private final BookOutput output;
    private final String footer;
    private XlsxSheet last;

    private XlsxBook(BookOutput output, String footer) {
        this.output = output;
        this.footer = footer;
    }

    /**
     * A workbook streamed into {@code file} (fastexcel); with a password, encrypted (agile, AES) for that password.
     * {@code footer} is printed at the foot of every page, with Excel's codes {@code &P} (page) and {@code &N}
     * (pages).
     */
    public static XlsxBook streamed(Path file, String password, String footer) throws IOException {
        return new XlsxBook(new FastBook(file, password), footer);
    }

    /** A workbook whose sheets can take charts ({@link XlsxSheet#chartSheet}), written with POI; never encrypted. */
    public static XlsxBook withCharts(Path file, String footer) {
        return new XlsxBook(new PoiBook(file), footer);
    }

    /**
     * Parts of this book to be filled on several threads at once, each making its own sheets one after the other:
     * {@code sheets} names each part's sheets, in the order they take in the file. Every part is {@link #finishPart
     * finished} before this book is saved.
     */
    public List<XlsxBook> parts(List<List<String>> sheets) {
        output.reserve(sheets.stream().flatMap(List::stream).map(WorkbookUtil::createSafeSheetName).toList());
        return sheets.stream().map(names -> new XlsxBook(output, footer)).toList();
    }

    /** A part's last sheet is complete. */
    public void finishPart() throws IOException {
        finishLast();
    }

    /** A part failed: the book will not be saved, and no other part may wait to write out its sheet. */
    public void abandon() {
        output.abandon();
    }

    /** A new sheet (name made valid for Excel: at most 31 characters, none of []:*?/\) with its header row. */
    public XlsxSheet sheet(String name, List<String> header) {
        return sheet(name, null, List.of(), header);
    }

    /**
     * A new sheet headed like a report page: a title, lines of text under it (totals, the month's verdict), a blank
     * row, then the table with its header.
     */
    public XlsxSheet sheet(String name, String title, List<String> lines, List<String> header) {
        try {
            finishLast();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        last = new XlsxSheet(output.sheet(WorkbookUtil.createSafeSheetName(name)), title, lines, header, footer);
        return last;
    }

    private void finishLast() throws IOException {
        if (last != null) {
            last.finish();
        }
    }

    /** Completes the file. */
    public void save() throws IOException {
        finishLast();
        output.save();
    }

    @Override
    public void close() throws IOException {
        output.close();
    }
}
