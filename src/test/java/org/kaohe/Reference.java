package org.kaohe;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data the tests check against, read from the workplace's shared reference folder and never copied into
 * the project (its README says where each file comes from): {@code ../shared/reference} beside the checkout, or the
 * folder named by {@code -Dkaohe.reference.dir}. A missing file fails its test saying where it was looked for.
 */
public final class Reference {

    private static final Path DIR =
            Path.of(System.getProperty("kaohe.reference.dir", "../shared/reference")).toAbsolutePath().normalize();

    private Reference() {
    }

    /** The reference file at {@code path} (under the reference folder), which must exist. */
    public static Path file(String path) {
        Path file = DIR.resolve(path);
        if (!Files.isRegularFile(file)) {
            fail("reference file not found: " + file + " (looked in " + DIR + ", the shared reference folder beside "
                    + "the checkout; set -Dkaohe.reference.dir=<folder> to read it from elsewhere)");
        }
        return file;
    }
}
