package org.kaohe.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.kaohe.common.Msg;

/**
 * The output folder is Kaohe's alone: a run refuses, before it computes or creates anything, an output folder that
 * is, holds or lies inside the input folder or the rules file's folder, the root of the disk, something other than
 * a folder, or a folder holding anything Kaohe did not write there (its {@link Manifest} says what it wrote). A
 * rerun can then only ever move aside Kaohe's own earlier outputs. A month folder published before Kaohe kept
 * manifests is recognised by its names alone: it holds nothing but the month's output files and {@code previous-*}
 * folders.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Why the folder cannot take the month's outputs, or empty when it can.
     *
     * @param input        the input folder, or null for a run that reads none (the year)
     * @param monthOutputs the names Kaohe writes into a month folder, which a folder without a manifest (published by
     *                     a version of Kaohe that kept none) may hold
     */
    public static Optional<Msg> refusal(Path output, Path input, Path rulesFile, Set<String> monthOutputs)
            throws IOException {
        if (output.toString().isBlank()) {
            return Optional.of(Msg.of("publish.output_blank"));
        }
        Path out = real(output);
        String shown = output.toString();
        if (out.getParent() == null) {
            return Optional.of(Msg.of("publish.output_root", shown));
        }
        Path rulesFolder = real(rulesFile.toAbsolutePath().getParent());
        // the year reads no input folder, only the run history
        Optional<Msg> overlap = (input == null ? Optional.<Msg>empty()
                : overlap(out, shown, real(input), "publish.what_input"))
                .or(() -> overlap(out, shown, rulesFolder, "publish.what_rules"));
        if (overlap.isPresent()) {
            return overlap;
        }
        for (Path p = out; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return Optional.of(Msg.of("publish.output_not_folder", shown, p.toString()));
                }
                break;
            }
        }
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        Optional<Manifest> manifest = Manifest.of(out);
        Optional<String> foreign;
        if (manifest.isPresent()) {
            foreign = manifest.get().foreignIn(out);
        } else {
            try (var entries = Files.list(out)) {
                foreign = entries.map(p -> p.getFileName().toString())
                        .filter(name -> !monthOutputs.contains(name) && !name.startsWith(Publication.PREVIOUS))
                        .sorted().findFirst();
            }
        }
        return foreign.map(name -> Msg.of("publish.output_foreign", shown, name));
    }

    private static Optional<Msg> overlap(Path out, String shown, Path other, String what) {
        if (out.equals(other)) {
            return Optional.of(Msg.of("publish.output_is", shown, Msg.of(what)));
        }
        if (out.startsWith(other)) {
            return Optional.of(Msg.of("publish.output_inside", shown, Msg.of(what), other.toString()));
        }
        if (other.startsWith(out)) {
            return Optional.of(Msg.of("publish.output_holds", shown, Msg.of(what), other.toString()));
        }
        return Optional.empty();
    }

    /** The path with links resolved as far as it exists, so a link cannot hide that two folders are one. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
