package org.kaohe.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kaohe.common.Msg;

/**
 * What a year is computed from: the last completed run of each month of the year, and the rules file. The
 * fingerprint identifies the year's job instance, so the same months and rules are "already done" (exit 3).
 */
public record YearInputs(SortedMap<YearMonth, Long> monthRuns, String rulesSha256) {

    public YearInputs {
        monthRuns = new TreeMap<>(monthRuns);
    }

    public static YearInputs of(Map<YearMonth, Long> monthRuns, Path rules) throws IOException {
        return new YearInputs(new TreeMap<>(monthRuns), sha256(Files.readAllBytes(rules)));
    }

    public String fingerprint() {
        return sha256((monthRuns + " " + rulesSha256).getBytes(StandardCharsets.UTF_8));
    }

    /** What changed since an earlier year run: months run again, first run or gone, and the rules file. */
    public List<Msg> changesSince(Map<YearMonth, Long> earlierRuns, String earlierFingerprint) {
        List<Msg> changes = new ArrayList<>();
        TreeSet<YearMonth> months = new TreeSet<>(monthRuns.keySet());
        months.addAll(earlierRuns.keySet());
        for (YearMonth m : months) {
            Long before = earlierRuns.get(m);
            Long now = monthRuns.get(m);
            if (before == null) {
                changes.add(Msg.of("year.change.added", m.toString()));
            } else if (now == null) {
                changes.add(Msg.of("year.change.removed", m.toString()));
            } else if (!before.equals(now)) {
                changes.add(Msg.of("year.change.rerun", m.toString(), before.toString(), now.toString()));
            }
        }
        if (changes.isEmpty() && !fingerprint().equals(earlierFingerprint)) {
            changes.add(Msg.of("year.change.rules"));
        }
        return changes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
