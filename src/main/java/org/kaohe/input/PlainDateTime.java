package org.kaohe.input;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;

/**
 * The date-time form attendance machines and most exports write ({@code 2026-10-09 08:05:30}, {@code 2026/10/9 8:05},
 * {@code 2026-10-09T08:05}), read by position without normalisation, regular expressions or intermediate objects:
 * millions of punch rows a month take this path. Anything else (full-width digits, 年月日, several spaces, an
 * impossible day) gives null and goes the general way in {@link Values}, which reads it the same or rejects it with
 * its reason.
 */
final class PlainDateTime {

    private static final int NONE = -1;
    /** The layout nearly every machine writes, read first by fixed positions ({@code -} may also be {@code /}). */
    private static final String FULL = "0000-00-00 00:00:00";

    private PlainDateTime() {
    }

    static LocalDateTime parse(String s) {
        if (s.length() == FULL.length()) {
            LocalDateTime full = parseFull(s);
            if (full != null) {
                return full;
            }
        }
        int n = s.length();
        if (n < 13 || n > 19) {
            return null;
        }
        char sep = s.charAt(4);
        int year = number(s, 0, 4);
        if (year == NONE || sep != '-' && sep != '/') {
            return null;
        }
        int monthEnd = digitsEnd(s, 5);
        int dayEnd = monthEnd != NONE && monthEnd < n && s.charAt(monthEnd) == sep ? digitsEnd(s, monthEnd + 1) : NONE;
        if (dayEnd == NONE || dayEnd >= n || s.charAt(dayEnd) != ' ' && s.charAt(dayEnd) != 'T') {
            return null;
        }
        int hourEnd = digitsEnd(s, dayEnd + 1);
        if (hourEnd == NONE || hourEnd + 3 > n || s.charAt(hourEnd) != ':') {
            return null;
        }
        int minute = number(s, hourEnd + 1, 2);
        int second = 0;
        if (hourEnd + 3 < n) {
            if (hourEnd + 6 != n || s.charAt(hourEnd + 3) != ':') {
                return null;
            }
            second = number(s, hourEnd + 4, 2);
        }
        int month = number(s, 5, monthEnd - 5);
        int day = number(s, monthEnd + 1, dayEnd - monthEnd - 1);
        int hour = number(s, dayEnd + 1, hourEnd - dayEnd - 1);
        if (minute == NONE || second == NONE || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /**
     * The {@link #FULL} layout, separators at fixed places, with the same checks as the general way; null when the
     * text is laid out otherwise (the general way may still read it).
     */
    private static LocalDateTime parseFull(String s) {
        char sep = s.charAt(4);
        if (sep != '-' && sep != '/' || s.charAt(7) != sep || s.charAt(10) != ' ' && s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        if (year == NONE || day == NONE || hour == NONE || minute == NONE || second == NONE || month < 1
                || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year)) || hour > 23
                || minute > 59 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The index after one or two ASCII digits starting at {@code from} (a third digit is no match), or NONE. */
    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i < from + 3 && isDigit(s.charAt(i))) {
            i++;
        }
        return i == from || i == from + 3 ? NONE : i;
    }

    /** The value of exactly {@code count} ASCII digits at {@code from}, or NONE. */
    private static int number(String s, int from, int count) {
        if (from + count > s.length()) {
            return NONE;
        }
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return NONE;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
