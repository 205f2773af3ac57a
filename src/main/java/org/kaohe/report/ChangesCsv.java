package org.kaohe.report;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kaohe.common.Messages;
import org.kaohe.history.PersonChange;
import org.kaohe.history.PersonSnapshot;
import org.kaohe.input.InputChecksums;

/**
 * {@code changes-<YYYY-MM>.csv} (变更), written by a rerun: every person whose score, grade or pay differs from the
 * month's previous completed run, with both values, the results columns that changed and the inputs that changed.
 */
public final class ChangesCsv {

    /** Shown as before/after of their own, so not repeated among the changed columns. */
    private static final Set<String> SHOWN = Set.of("得分", "等次", "绩效工资");

    private ChangesCsv() {
    }

    public static String fileName(YearMonth month) {
        return "changes-" + month + ".csv";
    }

    public static void write(Path file, List<PersonChange> changes, List<InputChecksums.Change> inputs, Messages m)
            throws IOException {
        String changedInputs = describe(inputs, m);
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(List.of(m.get("history.changes.header").split(",")));
            for (PersonChange c : changes) {
                PersonSnapshot any = c.after() != null ? c.after() : c.before();
                csv.row(List.of(text(any.employeeId()), text(any.name()), text(any.section()),
                        number(points(c.before(), PersonSnapshot::score)),
                        number(points(c.after(), PersonSnapshot::score)),
                        text(grade(c.before(), m)), text(grade(c.after(), m)),
                        number(points(c.before(), PersonSnapshot::pay)), number(points(c.after(), PersonSnapshot::pay)),
                        text(why(c, m)), text(changedInputs)));
            }
        }
    }

    /** The inputs that changed, e.g. "staff.xlsx 已修改；findings.xlsx 新增". */
    public static String describe(List<InputChecksums.Change> inputs, Messages m) {
        return String.join(m.get("history.changes.separator"), inputs.stream()
                .map(i -> m.get("history.input." + i.kind().name(), i.file())).toList());
    }

    private static String why(PersonChange c, Messages m) {
        if (c.before() == null) {
            return m.get("history.changes.added");
        }
        if (c.after() == null) {
            return m.get("history.changes.removed");
        }
        List<String> columns = c.columns().stream().filter(col -> !SHOWN.contains(col.column()))
                .map(col -> m.get("history.changes.column", col.column(), col.before(), col.after())).toList();
        return columns.isEmpty() ? m.get("history.changes.pool_only")
                : String.join(m.get("history.changes.separator"), columns);
    }

    private static String points(PersonSnapshot p, Function<PersonSnapshot, BigDecimal> value) {
        return p == null ? "" : Numbers.points(value.apply(p));
    }

    private static String grade(PersonSnapshot p, Messages m) {
        return p == null ? "" : m.get("history.grade", p.grade());
    }
}
