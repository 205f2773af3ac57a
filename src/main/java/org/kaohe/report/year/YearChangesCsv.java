package org.kaohe.report.year;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.history.Changed;
import org.kaohe.history.YearPersonResult;
import org.kaohe.report.CsvFile;
import org.kaohe.report.Numbers;
import org.kaohe.year.YearAward;
import org.kaohe.year.YearGrade;

/**
 * {@code changes-<YYYY>.csv} (变更), written by a year's rerun: every person whose 年度得分, 年度等次, 奖励 or 考核奖
 * differs from the year's previous completed run, old and new, and what changed in between (months run, run again
 * or gone, the rules), as the month's {@code changes-<YYYY-MM>.csv} does for a month.
 */
public final class YearChangesCsv {

    private YearChangesCsv() {
    }

    public static String fileName(int year) {
        return "changes-" + year + ".csv";
    }

    public static void write(Path file, List<Changed<YearPersonResult>> changes, List<Msg> inputs, Messages m)
            throws IOException {
        String changedInputs = String.join(m.get("year.change.separator"), inputs.stream().map(m::get).toList());
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(List.of(m.get("year.changes.header").split(",")));
            for (Changed<YearPersonResult> c : changes) {
                YearPersonResult any = c.after() != null ? c.after() : c.before();
                csv.row(List.of(text(any.employeeId()), text(any.name()), text(any.section()),
                        number(points(c.before() == null ? null : c.before().yearScore())),
                        number(points(c.after() == null ? null : c.after().yearScore())),
                        text(grade(c.before(), m)), text(grade(c.after(), m)),
                        text(award(c.before(), m)), text(award(c.after(), m)),
                        number(points(c.before() == null ? null : c.before().bonus())),
                        number(points(c.after() == null ? null : c.after().bonus())),
                        text(note(c, m)), text(changedInputs)));
            }
        }
    }

    private static String note(Changed<YearPersonResult> c, Messages m) {
        if (c.before() == null) {
            return m.get("history.changes.added");
        }
        if (c.after() == null) {
            return m.get("history.changes.removed");
        }
        return c.before().valuesRecorded() ? "" : m.get("year.changes.grade_only");
    }

    private static String points(BigDecimal value) {
        return value == null ? "" : Numbers.points(value);
    }

    private static String grade(YearPersonResult p, Messages m) {
        return p == null ? "" : m.term(YearGrade.valueOf(p.grade()));
    }

    private static String award(YearPersonResult p, Messages m) {
        return p == null || p.award() == null ? "" : m.term(YearAward.valueOf(p.award()));
    }
}
