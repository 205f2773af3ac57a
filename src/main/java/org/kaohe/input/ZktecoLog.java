package org.kaohe.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * A ZKTeco attendance-machine log ({@code 1_attlog.dat}) read as it comes off the machine: one punch a line, the
 * device number (left-padded with spaces), {@code YYYY-MM-DD HH:MM:SS}, device, state, verify mode and work code,
 * separated by tabs; CRLF or LF line ends. Each line becomes a punches row (考勤号, 打卡时间, 设备) numbered by
 * its line; state, verify mode and work code are not used (the state key is pressed by hand and unreliable).
 *
 * <p>A line that is not such a record — binary garbage, the NUL padding a damaged flash leaves, the impossible
 * time of a clock fault — is rejected with its line number, and the rest of the log is still read. Lines are
 * scanned by hand, byte by byte, because a log may hold millions of them; a damaged line may be megabytes long,
 * so only its first bytes are kept.
 */
final class ZktecoLog {

    /** Every {@code *.dat} file in a month folder is a ZKTeco log: the machines name theirs {@code 1_attlog.dat}. */
    static final String EXTENSION = "dat";

    private static final Header HEADER = new Header(InputKind.PUNCHES,
            Map.of("employee_id", 0, "punch_time", 1, "device", 2),
            Map.of("employee_id", "考勤号", "punch_time", "打卡时间", "device", "设备"));
    private static final String WHOLE_LINE = "整行";
    /** A record is about 40 bytes; a longer line is damage, shown by its start. */
    private static final int KEPT = 120;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int TIMESTAMP_LENGTH = "2019-09-23 06:50:19".length();

    private final String file;
    private final RowSink sink;
    private final byte[] line = new byte[KEPT];
    private int kept;
    private long length;
    private long nuls;
    /** A byte no record holds: a control character other than tab, or anything outside ASCII. */
    private boolean foreign;
    private boolean carriageReturn;
    private long lineNumber;
    private boolean anyRecord;

    private ZktecoLog(String file, RowSink sink) {
        this.file = file;
        this.sink = sink;
    }

    static void read(Path path, RowSink sink) throws InputFileException {
        String name = path.getFileName().toString();
        ZktecoLog log = new ZktecoLog(name, sink);
        try (InputStream in = Files.newInputStream(path)) {
            log.scan(in);
        } catch (IOException e) {
            throw FileMessages.unreadable(name, e);
        }
        if (!log.anyRecord) {
            throw FileMessages.empty(name);
        }
    }

    private void scan(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        // a log re-saved in Notepad starts with a UTF-8 byte order mark
        int n = in.read(buffer);
        int from = n >= BOM.length && buffer[0] == BOM[0] && buffer[1] == BOM[1] && buffer[2] == BOM[2]
                ? BOM.length : 0;
        for (; n > 0; n = in.read(buffer), from = 0) {
            for (int i = from; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    carriageReturn = false;
                    endLine();
                } else if (carriageReturn) {
                    // a CR not followed by LF is inside the line
                    take((byte) '\r');
                    carriageReturn = b == '\r';
                    if (!carriageReturn) {
                        take(b);
                    }
                } else if (b == '\r') {
                    carriageReturn = true;
                } else {
                    take(b);
                }
            }
        }
        if (length > 0 || carriageReturn) {
            endLine();
        }
    }

    /** Keeps the line's first bytes; NULs are counted, not kept, so a padded line shows what it holds besides. */
    private void take(byte b) {
        length++;
        if (b == 0) {
            nuls++;
            return;
        }
        if (b < 0 || (b < ' ' && b != '\t') || b == 0x7F) {
            foreign = true;
        }
        if (kept < KEPT) {
            line[kept++] = b;
        }
    }

    private void endLine() {
        lineNumber++;
        boolean damaged = foreign || length > KEPT;
        boolean blank = nuls == 0 && !damaged && isBlank();
        anyRecord |= !blank;
        if (nuls > 0) {
            rejectLine(Msg.of("device.nul", String.valueOf(nuls), String.valueOf(length)));
        } else if (damaged) {
            rejectLine(Msg.of("device.not_a_record", String.valueOf(length)));
        } else if (!blank) {
            record();
        }
        kept = 0;
        length = 0;
        nuls = 0;
        foreign = false;
    }

    private boolean isBlank() {
        for (int i = 0; i < kept; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A line of printable ASCII: number, tab, timestamp, then optionally tab and device. */
    private void record() {
        int i = 0;
        while (i < kept && line[i] == ' ') {
            i++;
        }
        int numberStart = i;
        i = fieldEnd(i);
        if (i == kept) {
            rejectLine(Msg.of("device.not_a_record", String.valueOf(length)));
            return;
        }
        String number = ascii(numberStart, i).strip();
        int timeStart = i + 1;
        int timeEnd = fieldEnd(timeStart);
        String time = ascii(timeStart, timeEnd);
        if (!isTimestamp(timeStart, timeEnd)) {
            reject(HEADER.textOf("punch_time"), time, Msg.of("device.bad_time"));
            return;
        }
        String device = timeEnd == kept ? "" : ascii(timeEnd + 1, fieldEnd(timeEnd + 1)).strip();
        sink.row(new RawRow(here(), HEADER, new String[] {number, time, device}));
    }

    private int fieldEnd(int from) {
        int i = from;
        while (i < kept && line[i] != '\t') {
            i++;
        }
        return i;
    }

    /** Exactly {@code YYYY-MM-DD HH:MM:SS} naming a real moment, checked without a parser's exceptions. */
    private boolean isTimestamp(int start, int end) {
        if (end - start != TIMESTAMP_LENGTH || line[start + 4] != '-' || line[start + 7] != '-'
                || line[start + 10] != ' ' || line[start + 13] != ':' || line[start + 16] != ':') {
            return false;
        }
        int year = digits(start, 4);
        int month = digits(start + 5, 2);
        int day = digits(start + 8, 2);
        int hour = digits(start + 11, 2);
        int minute = digits(start + 14, 2);
        int second = digits(start + 17, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
                && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
    }

    /** The decimal number in {@code count} bytes, or -1 when one of them is not a digit. */
    private int digits(int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int d = line[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private String ascii(int start, int end) {
        return new String(line, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private void rejectLine(Msg reason) {
        reject(WHOLE_LINE, new String(line, 0, kept, StandardCharsets.UTF_8), reason);
    }

    private void reject(String column, String value, Msg reason) {
        sink.rejected(new Rejection(here(), column, value, reason));
    }

    private SourceRef here() {
        return new SourceRef(file, "", lineNumber);
    }
}
