package org.kaohe.scoring;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * Why a person is vetoed (一票否决): the month's reason, the cause in a few words as the year names it ("工作日饮酒",
 * "旷工 3 天"), and the row that caused it (null for 旷工 summed over the month).
 */
public record Veto(Msg reason, Msg cause, SourceRef source) {
}
