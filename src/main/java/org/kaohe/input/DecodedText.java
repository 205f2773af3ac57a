package org.kaohe.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A file's text in one encoding, where bytes that encoding cannot decode still read as U+FFFD (so the rest of the
 * row and of the file is read) but are remembered: {@link #undecodable} tells a record that holds one, with the
 * byte, so the row is rejected instead of a garbled value being taken. Every U+FFFD handed out is queued in order,
 * those the file really holds too, so a record takes from the queue exactly the U+FFFD it holds.
 *
 * <p>The queue is filled by the thread that reads (a {@link ReadAhead}'s) and emptied by the one that checks the
 * records, always in file order: a record's characters are decoded before the record is parsed.
 */
public final class DecodedText extends Reader {

    /** Queued for a U+FFFD the file really holds. */
    private static final int WRITTEN = -1;
    private static final char REPLACEMENT = '\uFFFD';
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private final ConcurrentLinkedQueue<Integer> replacements = new ConcurrentLinkedQueue<>();
    private boolean ended;

    DecodedText(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public Charset charset() {
        return charset;
    }

    /** Where a record holds a byte the encoding could not decode: the cell's index and the byte. */
    public record Undecodable(int cell, int value) {
    }

    /**
     * The first byte of the record's cells that the encoding could not decode, if any; takes the record's U+FFFD
     * from the queue, so call it once for every record, in order.
     */
    public Optional<Undecodable> undecodable(String[] cells) {
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        Undecodable first = null;
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            for (int i = cell == null ? -1 : cell.indexOf(REPLACEMENT); i >= 0; i = cell.indexOf(REPLACEMENT, i + 1)) {
                Integer b = replacements.poll();
                if (first == null && b != null && b != WRITTEN) {
                    first = new Undecodable(c, b);
                }
            }
        }
        return Optional.ofNullable(first);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (!chars.hasRemaining()) {
            if (ended) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean last = read < 0;
        if (read > 0) {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        while (true) {
            int from = chars.position();
            CoderResult result = decoder.decode(bytes, chars, last);
            queueWritten(from);
            if (result.isError()) {
                if (!chars.hasRemaining()) {
                    break;
                }
                replacements.add(bytes.get(bytes.position()) & 0xFF);
                bytes.position(bytes.position() + result.length());
                chars.put(REPLACEMENT);
                continue;
            }
            if (last && result.isUnderflow()) {
                int from2 = chars.position();
                if (decoder.flush(chars).isUnderflow()) {
                    queueWritten(from2);
                    ended = true;
                }
            }
            break;
        }
        chars.flip();
    }

    /** Queues the U+FFFD the decoder wrote from {@code from} on: those are the file's own. */
    private void queueWritten(int from) {
        char[] decoded = chars.array();
        for (int i = from, end = chars.position(); i < end; i++) {
            if (decoded[i] == REPLACEMENT) {
                replacements.add(WRITTEN);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
