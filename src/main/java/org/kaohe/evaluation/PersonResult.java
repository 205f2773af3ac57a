package org.kaohe.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.kaohe.attendance.AttendanceResult;
import org.kaohe.discipline.Violation;
import org.kaohe.information.InformationOutcome;
import org.kaohe.overtime.OvertimeResult;
import org.kaohe.scoring.Grade;
import org.kaohe.scoring.ScoreCard;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.staff.Staff;

/**
 * Everything the month says about one person. A person with no employed working day is not graded (不参评): score
 * and pay are 0 and they are not in the pool, while the other columns show what was recorded.
 */
public record PersonResult(Staff staff, AttendanceResult attendance, List<OvertimeResult> overtime,
                           ScoreCard card, Grade grade, BigDecimal pay, List<Violation> violations,
                           InformationOutcome information) {

    public boolean graded() {
        return grade != Grade.NOT_RATED;
    }

    public BigDecimal score() {
        return graded() ? card.score() : BigDecimal.ZERO;
    }

    /** 值班脱岗 from the duty roster and from findings: each is one line of 值班扣分, whatever its points. */
    public int dutyAbsences() {
        return (int) card.lines().stream().filter(l -> l.column() == ScoreColumn.DUTY).count();
    }

    public BigDecimal verifiedOvertimeHours() {
        return overtime.stream().map(OvertimeResult::verifiedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
