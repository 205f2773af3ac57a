package org.kaohe.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.input.InputKind;

/** What was read of one input kind: its files, rows accepted and rejected. */
public final class InputTally {

    private final InputKind kind;
    private final List<Path> files;
    private long accepted;
    private long rejected;

    InputTally(InputKind kind, List<Path> files) {
        this.kind = kind;
        this.files = List.copyOf(files);
    }

    void accept() {
        accepted++;
    }

    void reject() {
        rejected++;
    }

    public InputKind kind() {
        return kind;
    }

    public List<Path> files() {
        return files;
    }

    public boolean absent() {
        return files.isEmpty();
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    /** Over the share of rejected rows a run tolerates (any rejected row for staff). */
    public boolean overThreshold(BigDecimal maxShare) {
        if (kind == InputKind.STAFF) {
            return rejected > 0;
        }
        long total = accepted + rejected;
        return total > 0 && BigDecimal.valueOf(rejected).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP)
                .compareTo(maxShare) > 0;
    }
}
