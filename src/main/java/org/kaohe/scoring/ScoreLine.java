package org.kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * One deduction or bonus with its cause in words and the input row behind it ({@code source} null when the cause
 * is the absence of a row, e.g. a missing punch). {@code points} is positive for both deductions and bonuses.
 */
public record ScoreLine(ScoreColumn column, BigDecimal points, LocalDate date, Msg cause, SourceRef source) {
}
