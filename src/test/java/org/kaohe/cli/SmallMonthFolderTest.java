package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A command-line test of the small month, written afresh into a folder of the test's own before each test. */
abstract class SmallMonthFolderTest {

    @TempDir
    Path dir;

    SmallMonthFolder month;
    Path input;
    Path output;

    @BeforeEach
    void writeMonth() throws IOException {
        month = SmallMonthFolder.writeIn(dir);
        input = month.input();
        output = month.output();
    }

    /** {@code kaohe run} of the month, with the extra options given. */
    Captured run(String... extra) {
        return month.run(extra);
    }
}
