package org.kaohe.input;

import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;

/**
 * A row that broke a rule: where it is, which column (the header as the file shows it), the raw value and the
 * reason. Rejected rows are reported, never silently fixed or dropped.
 */
public record Rejection(SourceRef source, String column, String value, Msg reason) {
}
