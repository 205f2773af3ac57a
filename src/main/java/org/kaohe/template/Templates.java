package org.kaohe.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.common.Messages;
import org.kaohe.input.InputKind;

/**
 * {@code kaohe templates}: one blank workbook per input kind, named as a month folder expects it
 * ({@code findings.xlsx}), so a filled-in copy can be dropped into {@code input/<month>/} as it is.
 */
public final class Templates {

    /** Where the templates go unless {@code --output} says otherwise. */
    public static final Path DEFAULT_DIR = Path.of("templates");

    /** One template file and whether it was written now or kept because it was already there. */
    public record Outcome(InputKind kind, Path file, boolean written) {
    }

    private Templates() {
    }

    public static Path fileOf(Path dir, InputKind kind) {
        return dir.resolve(kind.prefix() + ".xlsx");
    }

    /**
     * Writes every kind's template into {@code dir} (created when absent). A file already there is kept: it may be
     * a template somebody has started to fill in.
     */
    public static List<Outcome> write(Path dir, Messages m) throws IOException {
        Files.createDirectories(dir);
        List<Outcome> outcomes = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            Path file = fileOf(dir, kind);
            boolean fresh = !Files.exists(file);
            if (fresh) {
                // written aside and moved in, so an interrupted run never leaves half a workbook to be kept
                Path part = dir.resolve("." + kind.prefix() + ".xlsx.part");
                try {
                    TemplateWorkbook.write(kind, m, part);
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            outcomes.add(new Outcome(kind, file, fresh));
        }
        return outcomes;
    }
}
