package org.kaohe.rules;

import java.math.BigDecimal;

/**
 * How much of a month the leaders' reports show before they summarise ({@code report} in rules.yml): the charts
 * draw the {@code chartSections} sections with the most violations (the rest as 其他); the notice lists every
 * violation up to {@code listAllUpTo} and beyond that names only the typical cases (抓出几个反面典型) — a violation of
 * at least {@code typicalPoints}, or by a person with {@code typicalViolations} or more this month, or a finding
 * found again — at most {@code typicalPerKind} per don't-let, and sums the rest up per section.
 */
public record ReportRules(int chartSections, int listAllUpTo, BigDecimal typicalPoints, int typicalViolations,
                          int typicalPerKind) {
}
