import java.nio.file.Path;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;
import org.kaohe.input.InputFolder;
import org.kaohe.input.InputKind;
import org.kaohe.input.RawRow;
import org.kaohe.input.Rejection;
import org.kaohe.input.RowSink;

/**
 * Kaohe's own reader over the punch workbook(s) of a folder, as the job reads them (header matching, one
 * {@link RawRow} per row), each row handed to a sink that only counts: the figure compared with {@link XlsxFloor}.
 *
 * <p>Usage: {@code java XlsxKaoheRead month-folder}; prints rows and seconds.
 */
public final class XlsxKaoheRead {

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        long[] counts = new long[2];
        new InputFolder(Path.of(args[0])).read(InputKind.PUNCHES, new RowSink() {
            @Override
            public void row(RawRow row) {
                counts[0]++;
                counts[1] += row.get("punch_time").length();
            }

            @Override
            public void warning(SourceRef where, Msg message) {
                counts[1]++;
            }

            @Override
            public void rejected(Rejection rejection) {
                counts[1]++;
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("kaohe-xlsx rows=%d seconds=%.2f%n", counts[0], seconds);
    }
}
