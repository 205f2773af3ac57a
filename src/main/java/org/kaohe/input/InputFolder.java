package org.kaohe.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A month folder ({@code input/2026-10/}): finds each kind's files and streams their rows. A kind may be split
 * over several files ({@code punches-a.csv}, {@code punches_b.xlsx}), read in name order.
 */
public final class InputFolder {

    private static final String XLSX = "xlsx";

    private final Path dir;
    private final Map<InputKind, Path> fileOf;

    public InputFolder(Path dir) {
        this(dir, Map.of());
    }

    private InputFolder(Path dir, Map<InputKind, Path> fileOf) {
        this.dir = dir;
        this.fileOf = fileOf;
    }

    /** The same folder, except that the kind is read from this one file, wherever it is and whatever its name. */
    public InputFolder withFile(InputKind kind, Path file) {
        Map<InputKind, Path> files = new EnumMap<>(InputKind.class);
        files.putAll(fileOf);
        files.put(kind, file);
        return new InputFolder(dir, files);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Files of the kind, sorted by name (ignoring case): name (before extension) equals the kind's prefix, or starts with prefix +
     * '-' or '_' (punches-a.csv, punches_b.xlsx); extensions .csv/.xlsx; names compared case-insensitively, as on
     * Windows. Excel/WPS lock files ({@code ~$staff.xlsx}, {@code .~staff.xlsx}) never match the prefix; hidden
     * files are ignored. Attendance machines' exports are punches whatever their name: every {@code *.dat} file
     * (a ZKTeco log, {@code 1_attlog.dat}) and every workbook of no other kind holding a DingTalk
     * {@code 原始记录} sheet.
     *
     * @throws UncheckedIOException when the folder cannot be listed (it does not exist, no permission)
     */
    public List<Path> files(InputKind kind) {
        if (fileOf.containsKey(kind)) {
            return List.of(fileOf.get(kind));
        }
        return visibleFiles().stream().filter(p -> belongsTo(p, kind)).toList();
    }

    /**
     * Files that belong to no kind (a {@code tasks.csv} this version does not read, a {@code .xls}, notes), so the
     * user hears that they were not read; Excel/WPS lock files are not worth mentioning.
     */
    public List<Path> unrecognised() {
        return visibleFiles().stream()
                .filter(p -> !isLockFile(p.getFileName().toString()))
                .filter(p -> Arrays.stream(InputKind.values()).noneMatch(k -> belongsTo(p, k)))
                .toList();
    }

    /**
     * Entries named like an input that are no file to read: a folder named {@code punches-c.csv}, a link to a file
     * that is gone. Left out of {@link #files}, so the user must hear of them.
     */
    public List<Path> notFiles() {
        return visible(p -> !Files.isRegularFile(p)).stream()
                .filter(p -> Arrays.stream(InputKind.values()).anyMatch(k -> namedFor(p.getFileName().toString(), k))
                        || extension(p.getFileName().toString()).equals(ZktecoLog.EXTENSION))
                .toList();
    }

    private List<Path> visibleFiles() {
        return visible(Files::isRegularFile);
    }

    private List<Path> visible(Predicate<Path> which) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(p -> which.test(p) && !isHidden(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString(), String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLockFile(String fileName) {
        return fileName.startsWith("~$") || fileName.startsWith(".~");
    }

    /** Streams every data row of every file of the kind (every sheet whose header matches) into the sink. */
    public void read(InputKind kind, RowSink sink) throws InputFileException {
        for (Path file : files(kind)) {
            String ext = extension(file.getFileName().toString());
            if (ext.equals(ZktecoLog.EXTENSION)) {
                ZktecoLog.read(file, sink);
            } else if (ext.equals(XLSX) && kind == InputKind.PUNCHES && DingTalkSheet.isDingTalkWorkbook(file)) {
                DingTalkSheet.read(file, sink);
            } else if (ext.equals(XLSX)) {
                XlsxFile.read(file, kind, sink);
            } else {
                CsvFile.read(file, kind, sink);
            }
        }
    }

    private static boolean belongsTo(Path file, InputKind kind) {
        String fileName = file.getFileName().toString();
        if (namedFor(fileName, kind)) {
            return true;
        }
        if (kind != InputKind.PUNCHES) {
            return false;
        }
        String ext = extension(fileName);
        return ext.equals(ZktecoLog.EXTENSION) || ext.equals(XLSX) && !isLockFile(fileName)
                && Arrays.stream(InputKind.values()).noneMatch(k -> namedFor(fileName, k))
                && DingTalkSheet.isDingTalkWorkbook(file);
    }

    private static boolean namedFor(String fileName, InputKind kind) {
        String ext = extension(fileName);
        if (!ext.equals("csv") && !ext.equals(XLSX)) {
            return false;
        }
        String base = fileName.substring(0, fileName.length() - ext.length() - 1).toLowerCase(Locale.ROOT);
        String prefix = kind.prefix();
        return base.equals(prefix) || base.startsWith(prefix + "-") || base.startsWith(prefix + "_");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Path file) {
        try {
            return Files.isHidden(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
