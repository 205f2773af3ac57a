package org.kaohe.report;

import java.util.ArrayList;
import java.util.List;
import org.kaohe.common.Messages;
import org.kaohe.evaluation.InputTally;
import org.kaohe.evaluation.MonthlyEvaluation;
import org.kaohe.input.InputKind;
import org.kaohe.input.Rejection;

/** What was read: per input kind its files and rows, the absent kinds, warnings and rejected rows. */
public final class InputReport {

    private InputReport() {
    }

    public static List<String> tallies(MonthlyEvaluation month, Messages m) {
        List<String> lines = new ArrayList<>();
        for (InputTally t : month.tallies()) {
            if (t.absent() && t.kind() == InputKind.CALENDAR) {
                continue;   // calendar.csv is an exception, not an expected input
            }
            lines.add(tally(t, m));
        }
        for (MonthlyEvaluation.Warning w : month.warnings()) {
            lines.add(m.get("report.input.warning", m.get(w.message())));
        }
        return lines;
    }

    /** One kind: its files and rows, or that it has no file. */
    public static String tally(InputTally t, Messages m) {
        return t.absent() ? m.get("report.input.absent", t.kind().label(), t.kind().prefix())
                : m.get("report.input.read", t.kind().label(), String.valueOf(t.files().size()),
                        String.valueOf(t.accepted()), String.valueOf(t.rejected()));
    }

    /** The first {@code limit} rejected rows, one line each. */
    public static List<String> rejections(List<Rejection> rejections, int limit, Messages m) {
        List<String> lines = new ArrayList<>();
        for (Rejection r : rejections.subList(0, Math.min(limit, rejections.size()))) {
            lines.add(rejection(r, m));
        }
        if (rejections.size() > limit) {
            lines.add(m.get("report.input.more_rejections", String.valueOf(rejections.size() - limit)));
        }
        return lines;
    }

    public static String rejection(Rejection r, Messages m) {
        return m.get("report.input.rejection", r.source().file(), r.source().sheet().isEmpty() ? "" :
                m.get("report.input.sheet", r.source().sheet()), String.valueOf(r.source().row()), r.column(),
                ShownValue.quoted(r, m), ShownValue.reason(r, m));
    }
}
