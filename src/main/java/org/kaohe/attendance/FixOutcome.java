package org.kaohe.attendance;

import org.kaohe.common.Msg;

/** Whether a PUNCH_FIX (补卡) row was applied, and if not, why. */
public record FixOutcome(Leave fix, boolean applied, Msg reason) {
}
