package org.kaohe.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The list, kept in a published month folder, of everything Kaohe put there and of the run that wrote it: what a
 * rerun may move aside (nothing else), and how the next run knows the folder holds the completed run's set.
 *
 * @param run     the job execution id of the run whose outputs these are
 * @param entries the names of the folder's files and folders (the manifest itself excepted)
 */
public record Manifest(long run, Set<String> entries) {

    public static final String FILE = "kaohe-manifest.txt";

    private static final String RUN = "run=";

    /** The manifest of a folder, or empty when it has none (or one Kaohe cannot read, which is then not its own). */
    public static Optional<Manifest> of(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Long run = null;
        Set<String> entries = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(RUN)) {
                try {
                    run = Long.parseLong(line.substring(RUN.length()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(line);
            }
        }
        return run == null ? Optional.empty() : Optional.of(new Manifest(run, entries));
    }

    /** Lists what the folder holds now as written by {@code run}, synced to disk. */
    static Manifest write(Path folder, long run) throws IOException {
        Set<String> entries = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.map(p -> p.getFileName().toString()).filter(name -> !name.equals(FILE)).forEach(entries::add);
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Kaohe wrote everything listed here; a rerun moves exactly these into previous-<time>/.");
        lines.add("# Kaohe 写入的文件清单；重算时只移动这里列出的文件。请勿修改或删除本文件。");
        lines.add(RUN + run);
        lines.addAll(entries);
        Path file = folder.resolve(FILE);
        Files.write(file, lines, StandardCharsets.UTF_8);
        Durable.sync(file);
        return new Manifest(run, entries);
    }

    /** The first of the folder's entries this manifest does not list, if any. */
    Optional<String> foreignIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(FILE) && !entries.contains(name)).sorted().findFirst();
        }
    }

    /** Whether every listed entry is in the folder. */
    boolean completeIn(Path folder) {
        return entries.stream().allMatch(name -> Files.exists(folder.resolve(name)));
    }
}
