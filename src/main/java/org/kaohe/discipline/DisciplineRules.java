package org.kaohe.discipline;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** Points for errors, findings, duty and commendations, and what vetoes (SPEC §3.5–3.6). */
public record DisciplineRules(Map<ErrorLevel, BigDecimal> errorPoints, int lateReportWorkingDays,
                              BigDecimal lateReportMultiplier, Map<Severity, BigDecimal> findingPoints,
                              BigDecimal repeatMultiplier, BigDecimal dutyAbsentPoints,
                              Map<Severity, BigDecimal> commendPoints, BigDecimal sectionFindingChiefShare,
                              int dutyToleranceMinutes, Set<FindingItem> vetoItems, Set<ErrorLevel> vetoErrorLevels) {
}
