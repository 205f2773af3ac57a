package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecodedTextTest {

    @Test
    void charactersSplitAcrossReadsDecodeWholeAndEveryBadByteIsRememberedInOrder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            // three-byte characters after one ASCII byte: sequences straddle every 64 KB boundary at some point
            String chunk = "a考";
            bytes.writeBytes(chunk.getBytes(StandardCharsets.UTF_8));
            expected.append(chunk);
            if (i % 20_000 == 7) {
                bytes.write(0xA0 + i / 20_000);
                expected.append('\uFFFD');
            }
        }
        DecodedText text = new DecodedText(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8);
        String read = readAll(text);

        assertThat(read).isEqualTo(expected.toString());
        for (int b = 0xA0; b < 0xA5; b++) {
            assertThat(text.undecodable(new String[] {"x", "\uFFFD"})).contains(new DecodedText.Undecodable(1, b));
        }
        assertThat(text.undecodable(new String[] {"\uFFFD"})).isEmpty();
    }

    @Test
    void aReplacementCharacterTheFileHoldsIsTextButABadByteBesideItIsNot() throws IOException {
        byte[] written = "\uFFFD,ok\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(written);
        bytes.writeBytes(new byte[] {'x', (byte) 0xFF, ','});
        bytes.writeBytes("\uFFFD\n".getBytes(StandardCharsets.UTF_8));
        DecodedText text = new DecodedText(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8);

        assertThat(readAll(text)).isEqualTo("\uFFFD,ok\nx\uFFFD,\uFFFD\n");
        assertThat(text.undecodable(new String[] {"\uFFFD", "ok"})).isEqualTo(Optional.empty());
        assertThat(text.undecodable(new String[] {"x\uFFFD", "\uFFFD"})).contains(new DecodedText.Undecodable(0, 0xFF));
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[1000];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
