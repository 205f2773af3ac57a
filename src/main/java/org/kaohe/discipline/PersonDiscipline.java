package org.kaohe.discipline;

import java.util.List;
import org.kaohe.scoring.ScoreLine;
import org.kaohe.scoring.Veto;

/** What errors, findings, duty and commendations mean for one person's month. */
public record PersonDiscipline(List<ScoreLine> lines, List<Violation> violations, List<Veto> vetoes) {
}
