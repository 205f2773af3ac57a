package org.kaohe.input;

import java.util.Map;

/**
 * The matched header row of one sheet or file: column key → index in the row, and the header text the file uses.
 */
public final class Header {

    private final InputKind kind;
    private final Map<String, Integer> indexByKey;
    private final Map<String, String> textByKey;

    public Header(InputKind kind, Map<String, Integer> indexByKey, Map<String, String> textByKey) {
        this.kind = kind;
        this.indexByKey = Map.copyOf(indexByKey);
        this.textByKey = Map.copyOf(textByKey);
    }

    public InputKind kind() {
        return kind;
    }

    public int indexOf(String key) {
        return indexByKey.getOrDefault(key, -1);
    }

    public String textOf(String key) {
        String text = textByKey.get(key);
        return text != null ? text : kind.column(key).zh();
    }

    /** The header text of the column at {@code index}, or "" for a column that is not one of the kind's. */
    public String textAt(int index) {
        return indexByKey.entrySet().stream().filter(e -> e.getValue() == index).findFirst()
                .map(e -> textOf(e.getKey())).orElse("");
    }
}
