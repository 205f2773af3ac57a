package org.kaohe.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file a month is computed from: the input files read (by file name), the rules file (by its
 * name) and the official calendars ({@code calendar/<year>.csv}). Kept per file so that a changed month can be told
 * which files changed; the fingerprint over all of them identifies the month's inputs and rules.
 */
public record InputChecksums(SortedMap<String, String> files) {

    private static final String CALENDAR = "calendar/";

    /** How a file differs from an earlier run's. */
    public enum ChangeKind { ADDED, MODIFIED, REMOVED }

    public record Change(String file, ChangeKind kind) {
    }

    public InputChecksums {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static InputChecksums of(Path inputDir, Path rulesFile, Path calendarDir) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        InputFolder folder = new InputFolder(inputDir);
        try {
            for (InputKind kind : InputKind.values()) {
                for (Path f : folder.files(kind)) {
                    files.put(f.getFileName().toString(), sha256(f));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.put(rulesFile.getFileName().toString(), sha256(rulesFile));
        if (Files.isDirectory(calendarDir)) {
            try (Stream<Path> calendars = Files.list(calendarDir)) {
                for (Path f : calendars.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
                    files.put(CALENDAR + f.getFileName(), sha256(f));
                }
            }
        }
        return new InputChecksums(files);
    }

    /** The SHA-256 of a file as these checksums name it: its file name, {@code calendar/<name>} for a calendar. */
    public String of(String name) {
        String sum = files.get(name);
        if (sum == null) {
            throw new IllegalArgumentException("no checksum for " + name);
        }
        return sum;
    }

    /** The names of the official calendar files among these checksums ({@code calendar/2026.csv}). */
    public List<String> calendars() {
        return files.keySet().stream().filter(name -> name.startsWith(CALENDAR)).toList();
    }

    /** One SHA-256 over every file's name and checksum. */
    public String fingerprint() {
        MessageDigest digest = digest();
        files.forEach((name, sum) -> digest.update((name + "=" + sum + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The files added, modified or removed since an earlier run, in file name order. */
    public List<Change> changesSince(InputChecksums earlier) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(files.keySet());
        names.addAll(earlier.files.keySet());
        for (String name : names) {
            String now = files.get(name);
            String then = earlier.files.get(name);
            if (then == null) {
                changes.add(new Change(name, ChangeKind.ADDED));
            } else if (now == null) {
                changes.add(new Change(name, ChangeKind.REMOVED));
            } else if (!now.equals(then)) {
                changes.add(new Change(name, ChangeKind.MODIFIED));
            }
        }
        return changes;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
