package org.kaohe.report.xlsx;

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

/** Cells the Kaohe workbooks share: result values and words in the report language, sources, headers. */
final class ReportCells {

    private ReportCells() {
    }

    /** Header names from bundle keys. */
    static List<String> headers(Messages m, String... keys) {
        return Arrays.stream(keys).map(m::get).toList();
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
