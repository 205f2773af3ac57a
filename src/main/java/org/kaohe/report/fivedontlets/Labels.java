package org.kaohe.report.fivedontlets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.discipline.DontLet;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.CountLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;

/** The words of the five don't-lets report and the notice in the user's language ({@code fdl.*}, {@code notice.*}). */
final class Labels {

    private final Messages messages;

    Labels(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String get(Msg msg) {
        return messages.get(msg);
    }

    /** The don't-let's full name as SPEC §1 words it: 不让领导安排的工作在办公室延误. */
    String full(DontLet d) {
        return get("fdl.dontlet." + d.name());
    }

    /** The one-word name for a chart legend or a count: 延误. */
    String brief(DontLet d) {
        return get("fdl.brief." + d.name());
    }

    /** A count table's header: the first column's name, the five don't-lets' full names, 合计. */
    List<String> countHeader(String firstKey) {
        List<String> header = new ArrayList<>();
        header.add(get(firstKey));
        for (DontLet d : DontLet.values()) {
            header.add(full(d));
        }
        header.add(get("fdl.col.total"));
        return header;
    }

    String month(YearMonth m) {
        return get("fdl.month", String.valueOf(m.getYear()), String.valueOf(m.getMonthValue()), m.toString());
    }

    /** A day as an office notice writes it: 10月9日. */
    String day(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern(get("fdl.day_pattern"), Locale.ENGLISH));
    }

    /** A count line's name: its section, or 其他（N 个科室）. */
    String name(CountLine line) {
        return line.others() ? get("fdl.others", line.sections()) : line.section();
    }

    /** Under a count table that sums the sections beyond the chart's: what it shows and where the rest is. */
    String othersNote(FiveDontLetsMonth month) {
        List<CountLine> lines = month.countLines();
        return get("fdl.others_note", lines.size() - 1, lines.get(lines.size() - 1).sections());
    }

    String who(Entry e) {
        return e.wholeSection() ? get("fdl.whole_section") : e.name();
    }

    String yesNo(boolean b) {
        return get(b ? "fdl.yes" : "fdl.no");
    }

    String briefs(Collection<DontLet> kinds) {
        return kinds.stream().map(this::brief).collect(Collectors.joining(get("fdl.separator")));
    }

    /** Points and days as a notice writes them: 2, 2.5 (never 2.00). */
    static String plain(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
