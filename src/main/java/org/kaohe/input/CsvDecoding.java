package org.kaohe.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a CSV file in the encoding it was written in, which users never state: Excel's "CSV UTF-8" starts with a
 * byte order mark, a plain "CSV" saved on Chinese Windows is GBK (read as its superset GB18030), and other tools
 * write UTF-8 without a mark.
 *
 * <p>Without a mark, the start of the file decides ({@link #LOOK_AHEAD} bytes at most, so a big file is not read
 * twice): GBK text is mostly not valid UTF-8 (a Chinese character forms a valid UTF-8 sequence by chance in about
 * one case of seven), while a UTF-8 file with a stray byte is valid but for that byte. So the file is UTF-8 when at
 * least three in four of its non-ASCII sequences are valid UTF-8, GB18030 otherwise. Bytes the chosen encoding
 * cannot decode never turn silently into U+FFFD: {@link DecodedText} tells which rows hold them, which are rejected.
 */
public final class CsvDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 64 * 1024;
    /** Far more than a roster's or a log's first rows; bounded so that a big file's start is all that is read twice. */
    private static final int LOOK_AHEAD = 4 * 1024 * 1024;
    /** Enough sequences to tell the two encodings apart beyond doubt: reading stops there. */
    private static final int DECISIVE = 2000;
    private static final int UTF8_SHARE = 3;

    private CsvDecoding() {
    }

    /** The file's text, after the byte order mark if there is one. */
    public static DecodedText open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            Charset charset = skipUtf8Bom(in) || looksLikeUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
            return new DecodedText(in, charset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static boolean skipUtf8Bom(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return true;
        }
        in.reset();
        return false;
    }

    private static boolean looksLikeUtf8(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(LOOK_AHEAD);
        }
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < start.length && valid + invalid < DECISIVE; ) {
            int b = start[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = Utf8.sequenceLength(start, i);
            if (length > 0) {
                valid++;
                i += length;
            } else if (length == 0) {
                break;   // a sequence cut by the end of the sample says nothing
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= UTF8_SHARE * invalid;
    }
}
