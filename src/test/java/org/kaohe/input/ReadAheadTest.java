package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Records come in file order across batches, and a parse failure comes exactly after the records before it. */
class ReadAheadTest {

    private static CSVReader csv(String text) {
        return new CSVReaderBuilder(new StringReader(text)).withCSVParser(new RFC4180ParserBuilder().build())
                .withMultilineLimit(10).build();
    }

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i).append(",\"张,伟\",").append(i * 2).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyRecordComesInOrderThenTheEnd() throws Exception {
        try (CSVReader reader = csv(lines(10_000)); ReadAhead ahead = new ReadAhead(reader, "punches.csv")) {
            for (int i = 1; i <= 10_000; i++) {
                assertThat(ahead.next()).containsExactly(String.valueOf(i), "张,伟", String.valueOf(i * 2));
            }
            assertThat(ahead.next()).isNull();
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void aQuoteLeftOpenFailsAfterTheRecordsBeforeIt() throws Exception {
        try (CSVReader reader = csv(lines(5000) + "5001,\"never closed\n" + lines(100));
             ReadAhead ahead = new ReadAhead(reader, "punches.csv")) {
            for (int i = 1; i <= 5000; i++) {
                assertThat(ahead.next()[0]).isEqualTo(String.valueOf(i));
            }
            assertThatThrownBy(ahead::next).isInstanceOf(CsvMultilineLimitBrokenException.class);
        }
    }

    @Test
    void anErrorWhileReadingReachesTheReadingSideInsteadOfLeavingItWaiting() {
        String text = lines(3000);
        Reader failing = new Reader() {
            private int at;

            @Override
            public int read(char[] buf, int off, int len) {
                if (at >= text.length()) {
                    throw new OutOfMemoryError("test: no heap left");
                }
                int n = Math.min(len, text.length() - at);
                text.getChars(at, at + n, buf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (CSVReader reader = new CSVReaderBuilder(failing).build();
                 ReadAhead ahead = new ReadAhead(reader, "punches.csv")) {
                for (int i = 1; i <= 3000; i++) {
                    assertThat(ahead.next()[0]).isEqualTo(String.valueOf(i));
                }
                assertThatThrownBy(ahead::next).isInstanceOf(OutOfMemoryError.class).hasMessageContaining("test");
            }
        });
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThread() throws Exception {
        long started = System.nanoTime();
        try (CSVReader reader = csv(lines(200_000)); ReadAhead ahead = new ReadAhead(reader, "punches.csv")) {
            assertThat(ahead.next()[0]).isEqualTo("1");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("kaohe-read ")
                && t.isAlive());
    }
}
