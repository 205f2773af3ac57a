package org.kaohe.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs a {@link SourceRef} into one {@code long} (file/sheet index and row), so per-person aggregates of millions
 * of punch rows keep their traceability without holding an object per row.
 */
public final class SourceTable {

    public static final long NONE = -1L;
    private static final int ROW_BITS = 40;

    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final List<String[]> fileSheets = new ArrayList<>();
    private String lastFile;
    private String lastSheet;
    private int lastIndex;

    public long pack(SourceRef ref) {
        // consecutive rows of one file or sheet share its name strings: look the index up once per file or sheet
        if (ref.file() != lastFile || ref.sheet() != lastSheet) {
            lastIndex = indexByKey.computeIfAbsent(ref.file() + '\u0000' + ref.sheet(), k -> {
                fileSheets.add(new String[] {ref.file(), ref.sheet()});
                return fileSheets.size() - 1;
            });
            lastFile = ref.file();
            lastSheet = ref.sheet();
        }
        return ((long) lastIndex << ROW_BITS) | ref.row();
    }

    public SourceRef unpack(long packed) {
        if (packed == NONE) {
            return null;
        }
        String[] fs = fileSheets.get((int) (packed >>> ROW_BITS));
        return new SourceRef(fs[0], fs[1], packed & ((1L << ROW_BITS) - 1));
    }
}
