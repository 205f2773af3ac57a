package org.kaohe.history;

import org.kaohe.common.SourceRef;

/**
 * One cause of a person's vetoed month (一票否决) as the history keeps it, so the year can name the month and the row
 * that caused it (SPEC §6): the cause in a few words in Chinese and in English (the run's message bundles are not at
 * hand when a later version reads the history), and the input row (null for 旷工 summed over the month).
 */
public record VetoCause(String reason, String reasonEn, SourceRef source) {
}
