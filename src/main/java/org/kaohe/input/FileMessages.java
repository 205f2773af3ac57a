package org.kaohe.input;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;
import org.kaohe.common.Msg;
import org.kaohe.common.Printable;
import org.kaohe.common.SourceRef;

/** The {@code file.*} messages about input files, built in one place so their arguments stay consistent. */
final class FileMessages {

    private FileMessages() {
    }

    /** "staff.csv 第3行" or "staff.xlsx 工作表“名单”第3行". */
    static Msg place(SourceRef at) {
        String row = Long.toString(at.row());
        return at.sheet().isEmpty()
                ? Msg.of("file.at_row", at.file(), row)
                : Msg.of("file.at_sheet_row", at.file(), at.sheet(), row);
    }

    static InputFileException empty(String file) {
        return new InputFileException(new SourceRef(file, "", 0), Msg.of("file.empty", file));
    }

    static InputFileException unreadable(String file, Throwable cause) {
        return new InputFileException(new SourceRef(file, "", 0), Msg.of("file.unreadable", file), cause);
    }

    static InputFileException notXlsx(String file, Throwable cause) {
        return new InputFileException(new SourceRef(file, "", 0), Msg.of("file.not_xlsx", file), cause);
    }

    /**
     * A workbook POI could not open or parse. POI's ZipSecureFile stops a zip bomb (a part inflating far beyond its
     * compressed size, or thousands of parts) with an IOException known only by its text; anything else is damage.
     */
    static InputFileException damaged(String file, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (t instanceof IOException && (text.contains("Zip bomb") || text.contains("potentially malicious"))) {
                return new InputFileException(new SourceRef(file, "", 0), Msg.of("hostile.zip_bomb", file), cause);
            }
        }
        return notXlsx(file, cause);
    }

    static InputFileException encrypted(String file) {
        return new InputFileException(new SourceRef(file, "", 0), Msg.of("file.encrypted", file));
    }

    static InputFileException workbookAsCsv(String file) {
        return new InputFileException(new SourceRef(file, "", 0), Msg.of("hostile.workbook_as_csv", file));
    }

    static InputFileException oldExcel(String file) {
        return new InputFileException(new SourceRef(file, "", 0), Msg.of("file.old_xls", file));
    }

    /** "第 5 行含无效的 UTF-8 字节 0xA0". */
    static Msg undecodable(SourceRef at, String encoding, int value) {
        return Msg.of("file.undecodable", Long.toString(at.row()), encoding, String.format("0x%02X", value));
    }

    static InputFileException unclosedQuote(SourceRef at, Throwable cause) {
        return new InputFileException(at, Msg.of("file.unclosed_quote", place(at)), cause);
    }

    static InputFileException missingColumns(SourceRef at, List<Column> missing) {
        return new InputFileException(at, Msg.of("file.missing_columns", place(at), zhNames(missing), keys(missing)));
    }

    static Msg sheetSkipped(SourceRef at, InputKind kind, List<Column> missing) {
        return Msg.of("file.sheet_skipped", place(at), kind.zh(), kind.prefix(), zhNames(missing), keys(missing));
    }

    static Msg unknownColumn(SourceRef at, String text, InputKind kind) {
        return Msg.of("file.unknown_column", place(at), Printable.quoted(text), kind.zh(), kind.prefix());
    }

    static InputFileException duplicateColumn(SourceRef at, HeaderMatcher.Duplicate d) {
        return new InputFileException(at, Msg.of("file.duplicate_column", place(at),
                CellReference.convertNumToColString(d.firstIndex()), Printable.quoted(d.firstText()),
                CellReference.convertNumToColString(d.secondIndex()), Printable.quoted(d.secondText()), d.column().zh(),
                d.column().key()));
    }

    private static String zhNames(List<Column> columns) {
        return columns.stream().map(Column::zh).collect(Collectors.joining("、"));
    }

    private static String keys(List<Column> columns) {
        return columns.stream().map(Column::key).collect(Collectors.joining(", "));
    }
}
