package org.kaohe.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * The {@code 原始记录} sheet of a DingTalk (钉钉) attendance workbook, read as punches: a title row and a header of
 * one or more rows (names merged across two rows, a group name above some columns) come before the data. The
 * header is found in the sheet's first {@value #HEADER_ROWS} non-empty rows: each row's names are laid over those
 * of the rows above it, and the first row where 工号 and 打卡时间 are present ends the header. Other columns of the
 * export (考勤组, 部门, 打卡地址, …) are ignored without a warning: they are always there; 姓名 is checked against the
 * roster like in every kind.
 *
 * <p>A row with an empty 打卡时间 is not a punch (DingTalk lists every check a person missed, 打卡结果 未打卡/缺卡)
 * and is passed over: the missing punch is found from the schedule. 考勤日期 is handed on without the weekday
 * DingTalk writes after it ({@code 2026-10-09 星期五}), and a two-digit year ({@code 26-10-09}) gets its century.
 */
final class DingTalkSheet implements SheetTable {

    static final String SHEET = "原始记录";
    /** A title, a report date and two header rows are what DingTalk writes; ten leaves room for more. */
    static final int HEADER_ROWS = 10;

    private final String file;
    private final RowSink sink;
    private TableRows.State state = TableRows.State.AWAITING_HEADER;
    private String[] names = new String[0];
    private int headerRows;
    private HeaderMatcher.HeaderMatch match;
    /** The required columns still missing at the row that came closest to a header, for the message. */
    private List<Column> missing;
    private SourceRef headerAt;
    private int timeIndex;
    private int dateIndex;

    private DingTalkSheet(String file, RowSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Whether the file is an XLSX workbook with a {@value #SHEET} sheet; a file that cannot be opened is not. */
    static boolean isDingTalkWorkbook(Path file) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            return false;
        }
        try {
            XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    if (SHEET.equals(sheets.getSheetName().strip())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return false;
        } finally {
            pkg.revert();
        }
    }

    /** Streams the punches of the workbook's {@value #SHEET} sheet; its other sheets are summaries, not read. */
    static void read(Path file, RowSink sink) throws InputFileException {
        String name = file.getFileName().toString();
        XlsxFile.read(file, sheet -> SHEET.equals(sheet.strip()) ? new DingTalkSheet(name, sink) : null);
    }

    @Override
    public TableRows.State accept(long row, String[] cells) throws InputFileException {
        if (state == TableRows.State.WRONG_HEADER || TableRows.isEmpty(cells)) {
            return state;
        }
        SourceRef at = new SourceRef(file, SHEET, row);
        if (state == TableRows.State.READING) {
            punch(at, cells);
            return state;
        }
        layOver(cells);
        headerAt = at;
        match = HeaderMatcher.match(InputKind.PUNCHES, names);
        if (!match.matches()) {
            if (missing == null || match.missing().size() < missing.size()) {
                missing = match.missing();
            }
            if (++headerRows == HEADER_ROWS) {
                state = TableRows.State.WRONG_HEADER;
            }
            return state;
        }
        if (match.duplicate() != null) {
            throw FileMessages.duplicateColumn(at, match.duplicate());
        }
        timeIndex = match.header().indexOf("punch_time");
        dateIndex = match.header().indexOf("date");
        state = TableRows.State.READING;
        return state;
    }

    /** A name in a lower header row replaces the one above it; a blank cell (a merged name) keeps it. */
    private void layOver(String[] cells) {
        if (cells.length > names.length) {
            names = Arrays.copyOf(names, cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                names[i] = cells[i];
            }
        }
    }

    private void punch(SourceRef at, String[] cells) {
        if (timeIndex >= cells.length || cells[timeIndex] == null || cells[timeIndex].isBlank()) {
            return;
        }
        if (dateIndex >= 0 && dateIndex < cells.length && cells[dateIndex] != null) {
            cells[dateIndex] = attendanceDate(cells[dateIndex].strip());
        }
        sink.row(new RawRow(at, match.header(), cells));
    }

    /** {@code 2026-10-09 星期五} → {@code 2026-10-09}; {@code 26-10-09} → {@code 2026-10-09}. */
    static String attendanceDate(String text) {
        int space = text.lastIndexOf(' ');
        String date = space > 0 && (text.startsWith("星期", space + 1) || text.startsWith("周", space + 1))
                ? text.substring(0, space).strip() : text;
        boolean shortYear = date.length() > 2 && Character.isDigit(date.charAt(0)) && Character.isDigit(date.charAt(1))
                && (date.charAt(2) == '-' || date.charAt(2) == '/');
        return shortYear ? "20" + date : date;
    }

    /** After the sheet: a sheet with rows but no header in its first rows counts as a wrong header, not as empty. */
    @Override
    public TableRows.State state() {
        return state == TableRows.State.AWAITING_HEADER && headerAt != null ? TableRows.State.WRONG_HEADER : state;
    }

    @Override
    public InputFileException wrongHeader() {
        return new InputFileException(headerAt, Msg.of("device.dingtalk_no_header", file, SHEET,
                String.valueOf(HEADER_ROWS), String.join("、", missing.stream().map(Column::zh).toList())));
    }

    /** Only the {@value #SHEET} sheet is read, so it is never skipped for another. */
    @Override
    public void warnSkipped() {
        // nothing to say: the workbook's other sheets are never offered
    }
}
