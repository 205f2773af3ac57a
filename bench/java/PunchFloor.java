import com.opencsv.CSVReader;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The bare floor Kaohe is measured against (issue 6): read the punch CSV files with OpenCSV's {@code CSVReader} and
 * keep the first and last punch per person per day in a map, nothing else. The date-time is taken apart by
 * position (the generator writes {@code yyyy-MM-dd HH:mm:ss}), so the floor is as low as it honestly gets.
 *
 * <p>Usage: {@code java PunchFloor punches-1.csv [more.csv …]}; prints rows, people and seconds.
 */
public final class PunchFloor {

    private static final int DAYS = 31;

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Map<String, long[]> byPerson = new HashMap<>();
        long rows = 0;
        for (String file : args) {
            try (Reader in = new BufferedReader(Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8), 1 << 16);
                 CSVReader csv = new CSVReader(in)) {
                String[] cells = csv.readNext(); // header
                while ((cells = csv.readNext()) != null) {
                    rows++;
                    String t = cells[1];
                    int day = digits(t, 8, 2) - 1;
                    long second = digits(t, 11, 2) * 3600L + digits(t, 14, 2) * 60L + digits(t, 17, 2);
                    long[] firstLast = byPerson.computeIfAbsent(cells[0], k -> empty());
                    if (second < firstLast[2 * day]) {
                        firstLast[2 * day] = second;
                    }
                    if (second > firstLast[2 * day + 1]) {
                        firstLast[2 * day + 1] = second;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("floor rows=%d people=%d seconds=%.2f%n", rows, byPerson.size(), seconds);
    }

    private static long[] empty() {
        long[] a = new long[2 * DAYS];
        for (int i = 0; i < a.length; i += 2) {
            a[i] = Long.MAX_VALUE;
            a[i + 1] = Long.MIN_VALUE;
        }
        return a;
    }

    private static int digits(String s, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
