package org.kaohe.staff;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the keys (工号) that may lie within a few typing mistakes of a typed value without comparing it with every
 * key: a roster of 100,000 people and a punch file with thousands of unknown numbers would otherwise cost billions
 * of edit-distance computations. Two strings within k insertions, deletions or substitutions of each other become
 * equal after deleting at most k characters from each, so every key is indexed by the hashes of its variants with up
 * to k characters deleted, and a typed value is looked up by its own. The candidates are a superset (hashes may
 * collide); callers measure the real distance.
 */
final class TypoIndex {

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final int HASH_BITS = 64 - INDEX_BITS;

    private final int maxEdits;
    private final int shortest;
    private final int longest;
    private long[] entries = new long[16];
    private int size;

    /** @throws IllegalArgumentException for more keys than the index can number (16 million) */
    TypoIndex(List<String> keys, int maxEdits) {
        if (keys.size() > INDEX_MASK) {
            throw new IllegalArgumentException("too many keys: " + keys.size());
        }
        this.maxEdits = maxEdits;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            min = Math.min(min, key.length());
            max = Math.max(max, key.length());
            long index = i;
            forEachVariant(key, hash -> add(hash << INDEX_BITS | index));
        }
        shortest = min;
        longest = max;
        entries = Arrays.copyOf(entries, size);
        Arrays.sort(entries);
    }

    /** Positions (in the list given) of the keys that may be within {@code maxEdits} of the typed value, ascending. */
    int[] candidates(String typed) {
        if (typed.length() + maxEdits < shortest || typed.length() - maxEdits > longest) {
            return new int[0];
        }
        Positions found = new Positions();
        forEachVariant(typed, hash -> {
            for (int at = lowerBound(hash << INDEX_BITS); at < entries.length && entries[at] >>> INDEX_BITS == hash;
                    at++) {
                found.add((int) (entries[at] & INDEX_MASK));
            }
        });
        return found.distinctSorted();
    }

    /** A growing list of key positions. */
    private static final class Positions {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] distinctSorted() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int value : sorted) {
                if (distinct == 0 || sorted[distinct - 1] != value) {
                    sorted[distinct++] = value;
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }

    private void add(long entry) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
    }

    private int lowerBound(long value) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @FunctionalInterface
    private interface HashSink {
        void accept(long hash);
    }

    /** The hash of the value with no character, one, or two (up to maxEdits) characters deleted. */
    private void forEachVariant(String s, HashSink sink) {
        int n = s.length();
        sink.accept(hash(s, -1, -1));
        if (maxEdits >= 1) {
            for (int i = 0; i < n; i++) {
                sink.accept(hash(s, i, -1));
                if (maxEdits >= 2) {
                    for (int j = i + 1; j < n; j++) {
                        sink.accept(hash(s, i, j));
                    }
                }
            }
        }
    }

    /** 64-bit FNV-1a over the characters but those at {@code skip1} and {@code skip2}, cut to the hash bits. */
    private static long hash(String s, int skip1, int skip2) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            if (i != skip1 && i != skip2) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
        }
        return h >>> (64 - HASH_BITS);
    }
}
