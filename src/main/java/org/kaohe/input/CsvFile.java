package org.kaohe.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.kaohe.common.SourceRef;

/** Reads one CSV file of a kind, record by record, with OpenCSV's low-level reader. */
final class CsvFile {

    /**
     * A quoted cell may hold line breaks, but a quote left open would swallow the rest of the file into one cell;
     * no real cell spans this many lines.
     */
    private static final int MULTILINE_LIMIT = 1000;

    private CsvFile() {
    }

    static void read(Path file, InputKind kind, RowSink sink) throws InputFileException {
        String name = file.getFileName().toString();
        requireText(file, name);
        TableRows rows = new TableRows(kind, name, "", sink);
        long record = 0;
        // RFC 4180 quoting is what Excel and WPS write; OpenCSV's default parser would also treat '\' as an escape
        try (DecodedText text = CsvDecoding.open(file);
                CSVReader csv = new CSVReaderBuilder(text)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withMultilineLimit(MULTILINE_LIMIT)
                .build();
                ReadAhead ahead = new ReadAhead(csv, name)) {
            String encoding = text.charset().name();
            String[] cells;
            while ((cells = ahead.next()) != null) {
                record++;
                Optional<DecodedText.Undecodable> bad = text.undecodable(cells);
                TableRows.State state = bad.isPresent()
                        ? rows.acceptUndecodable(record, cells, bad.get(), encoding) : rows.accept(record, cells);
                if (state == TableRows.State.WRONG_HEADER) {
                    throw rows.wrongHeader();
                }
            }
        } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
            throw FileMessages.unclosedQuote(new SourceRef(name, "", record + 1), e);
        } catch (IOException | CsvValidationException e) {
            throw FileMessages.unreadable(name, e);
        }
        if (rows.state() == TableRows.State.AWAITING_HEADER) {
            throw FileMessages.empty(name);
        }
    }

    /** A workbook named .csv would read as garbage whose "header" lacks every column: say what it really is. */
    private static void requireText(Path file, String name) throws InputFileException {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw FileMessages.unreadable(name, e);
        }
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            throw FileMessages.workbookAsCsv(name);
        }
    }
}
