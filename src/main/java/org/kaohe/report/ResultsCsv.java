package org.kaohe.report;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;
import static org.kaohe.report.Numbers.days;
import static org.kaohe.report.Numbers.points;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.attendance.AttendanceResult;
import org.kaohe.attendance.LeaveType;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.scoring.ScoreCard;
import org.kaohe.scoring.ScoreColumn;

/** {@code results-<YYYY-MM>.csv}: one row per person, columns exactly as SPEC §4 gives them, sorted by 工号. */
public final class ResultsCsv {

    public static final List<String> HEADER = List.of("工号", "姓名", "科室", "应出勤天数", "在岗应出勤天数", "迟到次数",
            "早退次数", "缺卡次数", "旷工天数", "事假天数", "病假天数", "其他假天数", "出勤系数", "考勤扣分", "差错扣分", "督查扣分",
            "值班扣分", "延误扣分", "积压扣分", "加班核实小时", "加班加分", "表扬加分", "得分", "一票否决", "等次", "绩效工资");

    private ResultsCsv() {
    }

    public static void write(Path file, List<PersonResult> results) throws IOException {
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(HEADER);
            for (PersonResult r : results) {
                csv.row(cells(r));
            }
        }
    }

    /** One person's row, as written: a cell per {@link #HEADER} column. */
    public static List<CsvFile.Cell> cells(PersonResult r) {
        AttendanceResult a = r.attendance();
        ScoreCard c = r.card();
        return List.of(text(r.staff().id()), text(r.staff().name()), text(r.staff().section()),
                number(days(BigDecimal.valueOf(a.workdays()))),
                number(days(BigDecimal.valueOf(a.employedWorkdays()))),
                number(String.valueOf(a.late())), number(String.valueOf(a.early())),
                number(String.valueOf(a.missing())), number(days(a.absentDays())),
                number(days(a.leaveDays(LeaveType.PERSONAL))), number(days(a.leaveDays(LeaveType.SICK))),
                number(days(a.otherLeaveDays())), number(a.factor(4).toPlainString()),
                number(points(c.total(ScoreColumn.ATTENDANCE))), number(points(c.total(ScoreColumn.ERROR))),
                number(points(c.total(ScoreColumn.FINDING))), number(points(c.total(ScoreColumn.DUTY))),
                number(points(c.total(ScoreColumn.DELAY))), number(points(c.total(ScoreColumn.BACKLOG))),
                number(days(r.verifiedOvertimeHours())), number(points(c.total(ScoreColumn.OVERTIME))),
                number(points(c.total(ScoreColumn.COMMEND))), number(points(r.score())),
                text(c.vetoed() ? "是" : "否"), text(r.grade().zh()), number(points(r.pay())));
    }
}
