package org.kaohe.report.fivedontlets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.DontLet;
import org.kaohe.discipline.FindingCategory;
import org.kaohe.discipline.SectionDiscipline;
import org.kaohe.discipline.Violation;
import org.kaohe.report.MonthCounts;
import org.kaohe.rules.ReportRules;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.AttendanceLine;
import org.kaohe.report.fivedontlets.FiveDontLetsMonth.Entry;
import org.kaohe.section.SectionStanding;

/**
 * Hand-built months: one whose input-derived texts are hostile (markup in a description, a name and a sheet, a
 * formula for a section), and a quiet one.
 */
final class HostileMonth {

    static final String SECTION = "=HYPERLINK(\"http://evil.example\",\"点我\")";
    static final String NAME = "<b onmouseover=alert(1)>坏人</b>";
    static final String DESCRIPTION = "<script>alert('x')</script> & more";

    /** jobs/rules.yml's: charts of 20 sections, every violation listed up to 100. */
    private static final ReportRules RULES = new ReportRules(20, 100, BigDecimal.TEN, 3, 10);

    private HostileMonth() {
    }

    /** A month with nothing to report: no violation, no attendance problem, no 文明科室. */
    static FiveDontLetsMonth quiet() {
        MonthCounts none = MonthCounts.of(YearMonth.of(2026, 10), List.of());
        return new FiveDontLetsMonth(YearMonth.of(2026, 10), List.of("综合科"), List.of(), none, List.of(),
                List.of(new AttendanceLine("综合科", 0, 0, 0, BigDecimal.ZERO, 0)), List.of(), List.of(none),
                Map.of(), List.of(), "本单位", RULES);
    }

    static FiveDontLetsMonth of() {
        YearMonth month = YearMonth.of(2026, 10);
        Violation v = new Violation(DontLet.IMAGE, "9001", SECTION, LocalDate.of(2026, 10, 9),
                Msg.of("discipline.finding", FindingCategory.IMAGE, Msg.of("discipline.text", DESCRIPTION)),
                new BigDecimal("2"), new SourceRef("findings.xlsx", "<img src=x>", 3));
        MonthCounts counts = MonthCounts.of(month, List.of(v));
        return new FiveDontLetsMonth(month, List.of(SECTION), List.of(new Entry(v, NAME)), counts, List.of(),
                List.of(new AttendanceLine(SECTION, 1, 0, 0, BigDecimal.ZERO, 1)),
                List.of(new SectionStanding(SECTION, 1, new BigDecimal("98"), new BigDecimal("98"), 1, List.of(),
                        SectionDiscipline.none(SECTION), 1, true)),
                List.of(counts), Map.of("9001", NAME), List.of(), SECTION, RULES);
    }
}
