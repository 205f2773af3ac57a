package org.kaohe.rules;

import java.math.BigDecimal;
import org.kaohe.attendance.AttendanceRules;
import org.kaohe.discipline.DeadlineRules;
import org.kaohe.discipline.DisciplineRules;
import org.kaohe.information.InformationRules;
import org.kaohe.overtime.OvertimeRules;
import org.kaohe.pay.PayRules;
import org.kaohe.rules.ReportRules;
import org.kaohe.scoring.ScoreRules;
import org.kaohe.year.YearRules;

/**
 * Everything {@code jobs/rules.yml} says, grouped by the capability that applies it; {@code office} is the 单位 the
 * reports' titles name (empty when the file names none); {@code report} how much the leaders' reports show.
 */
public record Rules(AttendanceRules attendance, OvertimeRules overtime, DisciplineRules discipline,
                    ScoreRules score, PayRules pay, BigDecimal maxRejectedShare,
                    DeadlineRules deadlines, InformationRules information, YearRules year, String office,
                    ReportRules report) {
}
