package org.kaohe.year;

/**
 * A person after the grade ladder and the 优秀 quota, before the award: the ladder's grade, the final grade and the
 * candidate's place in the quota (null for a person who was no 优秀 candidate).
 */
public record Graded(YearTally tally, YearGrade ladderGrade, YearGrade grade, QuotaPosition quotaPosition) {
}
