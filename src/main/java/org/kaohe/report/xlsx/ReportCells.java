package org.kaohe.report.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kaohe.common.Coded;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.report.ResultColumn;

/** Cells the Kaohe workbooks share: result values and words in the report language, sources, headers. */
final class ReportCells {

    private ReportCells() {
    }

    /** Header names from bundle keys. */
    static List<String> headers(Messages m, String... keys) {
        return Arrays.stream(keys).map(m::get).toList();
    }

    /** A results column as a cell: numbers as numbers with the CSV's decimals, words in the report language. */
    static XlsxCell result(ResultColumn column, PersonResult r, Messages m) {
        Object v = column.of(r);
        if (v instanceof BigDecimal d) {
            return XlsxCell.number(d, XlsxCell.Format.ofScale(column.scale()));
        }
        if (v instanceof Integer n) {
            return XlsxCell.integer(n);
        }
        if (v instanceof Boolean b) {
            return XlsxCell.text(yesNo(b, m));
        }
        if (v instanceof Coded c) {
            return XlsxCell.text(term(c, m));
        }
        return XlsxCell.text((String) v);
    }

    static List<String> resultHeaders(Messages m) {
        return Arrays.stream(ResultColumn.values()).map(c -> m.get("perf.column." + c.name())).toList();
    }

    static List<XlsxCell> resultRow(PersonResult r, Messages m) {
        List<XlsxCell> cells = new ArrayList<>();
        for (ResultColumn c : ResultColumn.values()) {
            cells.add(result(c, r, m));
        }
        return cells;
    }

    static String yesNo(boolean yes, Messages m) {
        return m.get(yes ? "perf.yes" : "perf.no");
    }

    /** 好 / EXCELLENT: an enumeration's Chinese term, or its code in English. */
    static String term(Coded c, Messages m) {
        return m.get("perf.term", c);
    }

    /** File, sheet and row of a source (three empty cells when the cause is the absence of a row). */
    static List<XlsxCell> source(SourceRef ref) {
        if (ref == null) {
            return List.of(XlsxCell.empty(), XlsxCell.empty(), XlsxCell.empty());
        }
        return List.of(XlsxCell.text(ref.file()), XlsxCell.text(ref.sheet()), XlsxCell.integer(ref.row()));
    }

    /** The header names of {@link #source}. */
    static List<String> sourceHeaders(Messages m) {
        return headers(m, "perf.source.file", "perf.source.sheet", "perf.source.row");
    }

    /** The people by 工号. */
    static Map<String, PersonResult> byId(List<PersonResult> people) {
        return people.stream().collect(Collectors.toMap(r -> r.staff().id(), Function.identity()));
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<XlsxCell> cells(List<XlsxCell> a, List<XlsxCell> b) {
        List<XlsxCell> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
