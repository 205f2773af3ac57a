package org.kaohe.input;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises a kind's columns in a header row by their Chinese header or English alias, ignoring case, spaces and
 * full-width/half-width differences, as HR types them in Excel or WPS.
 */
final class HeaderMatcher {

    /**
     * The header row read against one kind: the columns found, the required ones absent, the cells not known, and
     * the first column written twice (or null).
     */
    record HeaderMatch(Header header, List<Column> missing, List<String> unknown, Duplicate duplicate) {

        boolean matches() {
            return missing.isEmpty();
        }
    }

    /** Two cells naming the same column: which of them holds the data is anyone's guess. */
    record Duplicate(Column column, int firstIndex, String firstText, int secondIndex, String secondText) {
    }

    private static final Map<InputKind, Map<String, Column>> NAMES = new EnumMap<>(InputKind.class);

    static {
        for (InputKind kind : InputKind.values()) {
            Map<String, Column> names = new HashMap<>();
            for (Column c : kind.columns()) {
                names.put(normalise(c.zh()), c);
                names.put(normalise(c.key()), c);
                names.put(normalise(c.key().replace('_', ' ')), c);
            }
            NAMES.put(kind, names);
        }
    }

    private HeaderMatcher() {
    }

    /**
     * Header text reduced to what identifies a column. NFKC folds full-width letters, digits, brackets and the
     * ideographic space to their ASCII forms; the lenticular brackets 【】 have no such folding, so they are mapped
     * by hand.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            sb.append(c == '【' ? '[' : c == '】' ? ']' : c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the row repeats the header in English aliases (a template's second header line): it has at least
     * one cell, and every cell that is not empty sits under a matched column and names that column's alias.
     */
    static boolean isAliasLine(Header header, String[] cells) {
        Map<Integer, Column> byIndex = new HashMap<>();
        for (Column c : header.kind().columns()) {
            if (header.indexOf(c.key()) >= 0) {
                byIndex.put(header.indexOf(c.key()), c);
            }
        }
        boolean any = false;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null || cells[i].isBlank()) {
                continue;
            }
            Column column = byIndex.get(i);
            String text = normalise(cells[i]);
            if (column == null || !(text.equals(normalise(column.key()))
                    || text.equals(normalise(column.key().replace('_', ' '))))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static HeaderMatch match(InputKind kind, String[] cells) {
        Map<String, Column> names = NAMES.get(kind);
        Map<String, Integer> indexByKey = new LinkedHashMap<>();
        Map<String, String> textByKey = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        Duplicate duplicate = null;
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            Column column = names.get(normalise(text));
            if (column == null) {
                unknown.add(text);
            } else if (indexByKey.containsKey(column.key())) {
                if (duplicate == null) {
                    duplicate = new Duplicate(column, indexByKey.get(column.key()), textByKey.get(column.key()), i, text);
                }
            } else {
                indexByKey.put(column.key(), i);
                textByKey.put(column.key(), text);
            }
        }
        List<Column> missing = kind.columns().stream()
                .filter(c -> c.required() && !indexByKey.containsKey(c.key()))
                .toList();
        return new HeaderMatch(new Header(kind, indexByKey, textByKey), missing, List.copyOf(unknown), duplicate);
    }
}
