package org.kaohe.report.xlsx;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names of the section workbooks, {@code <section>-<YYYY-MM>.xlsx} (a year's: {@code <section>-<YYYY>.xlsx}), safe on Windows, macOS and Linux whatever
 * a section is called: characters a file name cannot hold (path separators, {@code :*?"<>|}, control characters)
 * become {@code _}, leading and trailing dots and spaces go (so {@code ..} never names a parent folder), a
 * Windows device name (CON, NUL, COM1 …) gets a leading {@code _}, and long names are cut to fit file systems that
 * allow 255 bytes. Two sections that end up with the same name (also when differing only in letter case, as
 * Windows and macOS compare names) are told apart by {@code ~2}, {@code ~3} in the order of their names.
 */
public final class SectionFileNames {

    /** UTF-8 bytes kept of a section name: with "~99-YYYY-MM.xlsx" the file name stays well under 255 bytes. */
    static final int MAX_BYTES = 180;

    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");

    private SectionFileNames() {
    }

    /** Every section's file name for a month, collisions resolved; iteration follows the sections' natural order. */
    public static Map<String, String> of(Collection<String> sections, YearMonth month) {
        return of(sections, month.toString());
    }

    /** The same for any period, a month (2026-10) or a year (2026): {@code <section>-<period>.xlsx}. */
    public static Map<String, String> of(Collection<String> sections, String period) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String section : sections.stream().distinct().sorted().toList()) {
            String stem = safe(section);
            String candidate = stem;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = stem + "~" + n;
            }
            names.put(section, candidate + "-" + period + ".xlsx");
        }
        return names;
    }

    /** The section name made safe as (the start of) a file name. */
    static String safe(String section) {
        StringBuilder sb = new StringBuilder();
        strip(section).codePoints().forEach(cp -> sb.appendCodePoint(allowed(cp) ? cp : '_'));
        String s = strip(sb.toString());
        s = cut(s);
        s = strip(s);
        if (s.isEmpty()) {
            return "_";
        }
        return RESERVED.matcher(s).matches() ? "_" + s : s;
    }

    private static boolean allowed(int cp) {
        return !Character.isISOControl(cp) && "/\\:*?\"<>|".indexOf(cp) < 0
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.UNASSIGNED
                && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.PRIVATE_USE
                && Character.getType(cp) != Character.LINE_SEPARATOR
                && Character.getType(cp) != Character.PARAGRAPH_SEPARATOR;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '.' || Character.isWhitespace(s.charAt(from)))) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == '.' || Character.isWhitespace(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** At most {@link #MAX_BYTES} UTF-8 bytes, never splitting a character. */
    private static String cut(String s) {
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int cp : s.codePoints().toArray()) {
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_BYTES) {
                break;
            }
            bytes += len;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
