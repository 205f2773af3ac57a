package org.kaohe.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.kaohe.common.Folders;

/**
 * Puts a run's outputs into the month's folder all at once. A run writes everything into a staging folder beside
 * the month folder ({@code .staging-<folder>-<run>}) and forces it to disk; only once the run is recorded as
 * completed is it published by directory renames: the folder's earlier set (a previous run's, known from its
 * {@link Manifest}) goes aside into the staging folder as {@code previous-<time>/}, earlier {@code previous-*}
 * folders follow it, and the staging folder becomes the month folder. A reader of the month folder thus sees the
 * old complete set, the new complete set, or (between two renames) no folder, never a mix. A journal beside the
 * folder ({@code .publishing-<folder>}), written before the first rename and removed after the last, lets the next
 * run finish a publication that a kill or power cut interrupted; it exists only for a completed run, so recovery
 * always rolls forward.
 */
public final class Publication {

    /** Names each rename of a publication, for a test that stops the process there. */
    @FunctionalInterface
    public interface Hook {
        Hook NONE = step -> { };

        void beforeRename(String step) throws IOException;
    }

    /** Writes the outputs into the (empty) folder given. */
    @FunctionalInterface
    public interface Outputs {
        void writeTo(Path folder) throws Exception;
    }

    public static final String PREVIOUS = "previous-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String RUN = "run";
    private static final String ASIDE = "previous";

    private final Path folder;
    private final Path root;
    private final Hook hook;

    public Publication(Path monthFolder, Hook hook) {
        this.folder = monthFolder.toAbsolutePath().normalize();
        this.root = folder.getParent();
        this.hook = hook;
    }

    /** The folder a run's outputs are written into before they are published. */
    public Path staging(long run) {
        return root.resolve(stagingPrefix() + run);
    }

    /** Writes a run's outputs into its staging folder and forces them to disk; a failure leaves no staging folder. */
    public void stage(long run, Outputs outputs) throws Exception {
        Path staging = staging(run);
        Files.createDirectories(root);
        Folders.deleteTree(staging);
        Files.createDirectory(staging);
        try {
            outputs.writeTo(staging);
            Durable.syncTree(staging);
        } catch (Exception | Error e) {
            Folders.deleteTree(staging);
            throw e;
        }
    }

    /** Drops a run's staged outputs: the run will not be published. */
    public void discard(long run) throws IOException {
        Folders.deleteTree(staging(run));
    }

    /** Publishes a completed run's staged outputs: the month folder then holds them, with the earlier set aside. */
    public void publish(long run) throws IOException {
        if (Files.isDirectory(folder) && isEmpty(folder)) {
            // an empty folder the user made for the outputs holds no earlier set to keep
            Files.delete(folder);
        }
        Properties journal = new Properties();
        journal.setProperty(RUN, Long.toString(run));
        journal.setProperty(ASIDE, Files.exists(folder) ? previousName() : "");
        hook.beforeRename("journal");
        writeJournal(journal);
        finish(run, journal.getProperty(ASIDE));
    }

    /**
     * Before a run: finishes a publication a kill interrupted, and removes staging folders of runs that never
     * completed (unless {@code running} says that run is still going, in another process on a shared repository).
     *
     * @return the run whose publication was finished, if any
     */
    public Optional<Long> recover(LongPredicate running) throws IOException {
        Optional<Long> finished = Optional.empty();
        Path journal = journal();
        Files.deleteIfExists(journalDraft());
        if (Files.exists(journal)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            long run = Long.parseLong(p.getProperty(RUN));
            if (Files.isDirectory(staging(run))) {
                finish(run, p.getProperty(ASIDE, ""));
                finished = Optional.of(run);
            } else {
                Files.delete(journal);
            }
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> entries = Files.list(root)) {
                for (Path stale : entries.filter(p -> p.getFileName().toString().startsWith(stagingPrefix())).toList()) {
                    if (!running.test(runOf(stale))) {
                        Folders.deleteTree(stale);
                    }
                }
            }
        }
        return finished;
    }

    /** Whether the month folder holds exactly a run's published set (all of it). */
    public boolean published(long run) throws IOException {
        Optional<Manifest> manifest = Manifest.of(folder);
        return manifest.isPresent() && manifest.get().run() == run && manifest.get().completeIn(folder);
    }

    /**
     * The renames after the journal, each safe to repeat: whatever a kill left done is skipped. {@code aside} is the
     * name the earlier set takes, blank when there was none.
     */
    private void finish(long run, String aside) throws IOException {
        Path staging = staging(run);
        if (Files.exists(folder) && !aside.isEmpty()) {
            hook.beforeRename("aside");
            move(folder, staging.resolve(aside));
        }
        if (!aside.isEmpty() && Files.isDirectory(staging.resolve(aside))) {
            // earlier previous-* folders stay side by side in the month folder, as they were
            try (Stream<Path> older = Files.list(staging.resolve(aside))) {
                for (Path p : older.filter(p -> p.getFileName().toString().startsWith(PREVIOUS)).toList()) {
                    hook.beforeRename("flatten");
                    move(p, staging.resolve(p.getFileName()));
                }
            }
        }
        Manifest.write(staging, run);
        Durable.sync(staging);
        hook.beforeRename("publish");
        move(staging, folder);
        Durable.sync(root);
        hook.beforeRename("done");
        Files.deleteIfExists(journal());
        Durable.sync(root);
    }

    /**
     * {@code previous-<yyyyMMdd-HHmmss>}, after the newest of the earlier set's entries (when that run finished),
     * not yet taken by an earlier previous folder.
     */
    private String previousName() throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        List<Path> earlier = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> !p.getFileName().toString().startsWith(PREVIOUS)).forEach(earlier::add);
        }
        for (Path p : earlier) {
            FileTime t = Files.getLastModifiedTime(p);
            newest = t.compareTo(newest) > 0 ? t : newest;
        }
        String stamp = PREVIOUS + STAMP.format(LocalDateTime.ofInstant(newest.toInstant(), ZoneId.systemDefault()));
        String name = stamp;
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = stamp + "-" + n;
        }
        return name;
    }

    private void writeJournal(Properties journal) throws IOException {
        Files.createDirectories(root);
        Path draft = journalDraft();
        try (var out = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
            journal.store(out, "Kaohe: a publication of " + folder.getFileName() + " under way");
        }
        Durable.sync(draft);
        move(draft, journal());
        Durable.sync(root);
    }

    private String stagingPrefix() {
        return ".staging-" + folder.getFileName() + "-";
    }

    private Path journal() {
        return root.resolve(".publishing-" + folder.getFileName());
    }

    private Path journalDraft() {
        return root.resolve(".publishing-" + folder.getFileName() + ".draft");
    }

    /** The run a staging folder belongs to; -1 for one named otherwise (an earlier version's), never running. */
    private long runOf(Path staging) {
        try {
            return Long.parseLong(staging.getFileName().toString().substring(stagingPrefix().length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One rename; the staging folder sits beside the month folder, so it is never a copy across disks. */
    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
