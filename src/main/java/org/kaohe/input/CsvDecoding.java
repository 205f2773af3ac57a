package org.kaohe.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a CSV file in the encoding it was written in, which users never state: Excel's "CSV UTF-8" starts with a
 * byte order mark, a plain "CSV" saved on Chinese Windows is GBK (read as its superset GB18030), and other tools
 * write UTF-8 without a mark. A GBK file is almost never valid UTF-8, so a file that decodes strictly as UTF-8 is
 * taken as UTF-8.
 */
public final class CsvDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 64 * 1024;

    private CsvDecoding() {
    }

    /** A reader over the file's text, positioned after the byte order mark if there is one. */
    public static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            Charset charset = skipUtf8Bom(in) || isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
            return new InputStreamReader(in, charset);
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

    /** Decodes the whole file as a stream (never holding it) with a decoder that reports malformed input. */
    private static boolean isUtf8(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
            char[] buffer = new char[BUFFER];
            while (reader.read(buffer) >= 0) {
                // only decoding matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
