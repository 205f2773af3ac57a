package org.kaohe.common;

import java.util.Comparator;

/**
 * Identifiers (工号, 编号) as people sort them: runs of digits by their number of digits, then digit by digit (so 999
 * comes before 1000 and F-9 before F-10), everything else character by character.
 */
public final class IdOrder {

    public static final Comparator<String> NATURAL = IdOrder::compare;

    private IdOrder() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
                int startA = i;
                int startB = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                int c = Integer.compare(i - startA, j - startB);
                if (c == 0) {
                    c = a.substring(startA, i).compareTo(b.substring(startB, j));
                }
                if (c != 0) {
                    return c;
                }
            } else {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
