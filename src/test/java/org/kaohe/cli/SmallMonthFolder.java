package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.SmallMonth;

/** The small month written into a test's folder ({@code input/}), run into {@code output/2026-10} beside it. */
record SmallMonthFolder(Path input, Path output) {

    static SmallMonthFolder writeIn(Path dir) throws IOException {
        SmallMonthFolder month = new SmallMonthFolder(Files.createDirectories(dir.resolve("input")),
                dir.resolve("output").resolve("2026-10"));
        SmallMonth.writeTo(month.input);
        return month;
    }

    /** {@code kaohe run} of the month, with the extra options given. */
    Captured run(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--month", "2026-10", "--input", input.toString(),
                "--output", output.toString()));
        args.addAll(List.of(extra));
        return Captured.run(args.toArray(String[]::new));
    }
}
