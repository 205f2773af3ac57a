package org.kaohe.template;

import java.util.List;
import org.kaohe.input.Column;

/**
 * One column of a template: the input column it fills, its cell format, whether it must be filled in, the values
 * its dropdown offers (empty unless {@link Format#hasList()}), and the value of the example row (a
 * {@code String}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime} or {@code BigDecimal}; null leaves
 * the example's cell empty).
 */
record TemplateColumn(Column column, Format format, Need need, List<Choice> choices, Object example) {
}
