package org.kaohe.scoring;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/** Why a person is vetoed (一票否决), with the row that caused it (null for 旷工 summed over the month). */
public record Veto(Msg reason, SourceRef source) {
}
