package org.kaohe.report;

import java.math.BigDecimal;
import java.util.function.Function;
import org.kaohe.attendance.LeaveType;
import org.kaohe.evaluation.PersonResult;
import org.kaohe.scoring.ScoreColumn;

/**
 * The columns of a person's result (SPEC §4), in order, shared by {@code results-*.csv} and the workbooks so the
 * two can never disagree. {@code header} is the fixed Chinese header of the CSV; workbooks name a column in the
 * user's language with the key {@code perf.column.<NAME>}. A value is a String, a Boolean (是/否), a Grade, an
 * Integer count or a BigDecimal written with {@code scale} decimals, half up.
 */
public enum ResultColumn {
    ID("工号", -1, r -> r.staff().id()),
    NAME("姓名", -1, r -> r.staff().name()),
    SECTION("科室", -1, r -> r.staff().section()),
    WORKDAYS("应出勤天数", 1, r -> BigDecimal.valueOf(r.attendance().workdays())),
    EMPLOYED_WORKDAYS("在岗应出勤天数", 1, r -> BigDecimal.valueOf(r.attendance().employedWorkdays())),
    LATE("迟到次数", 0, r -> r.attendance().late()),
    EARLY("早退次数", 0, r -> r.attendance().early()),
    MISSING("缺卡次数", 0, r -> r.attendance().missing()),
    ABSENT_DAYS("旷工天数", 1, r -> r.attendance().absentDays()),
    PERSONAL_LEAVE("事假天数", 1, r -> r.attendance().leaveDays(LeaveType.PERSONAL)),
    SICK_LEAVE("病假天数", 1, r -> r.attendance().leaveDays(LeaveType.SICK)),
    OTHER_LEAVE("其他假天数", 1, r -> r.attendance().otherLeaveDays()),
    FACTOR("出勤系数", 4, r -> r.attendance().factor(4)),
    ATTENDANCE_POINTS("考勤扣分", 2, r -> r.card().total(ScoreColumn.ATTENDANCE)),
    ERROR_POINTS("差错扣分", 2, r -> r.card().total(ScoreColumn.ERROR)),
    FINDING_POINTS("督查扣分", 2, r -> r.card().total(ScoreColumn.FINDING)),
    DUTY_POINTS("值班扣分", 2, r -> r.card().total(ScoreColumn.DUTY)),
    DELAY_POINTS("延误扣分", 2, r -> r.card().total(ScoreColumn.DELAY)),
    BACKLOG_POINTS("积压扣分", 2, r -> r.card().total(ScoreColumn.BACKLOG)),
    INFORMATION_POINTS("信息扣分", 2, r -> r.card().total(ScoreColumn.INFORMATION)),
    OVERTIME_HOURS("加班核实小时", 1, PersonResult::verifiedOvertimeHours),
    OVERTIME_POINTS("加班加分", 2, r -> r.card().total(ScoreColumn.OVERTIME)),
    COMMEND_POINTS("表扬加分", 2, r -> r.card().total(ScoreColumn.COMMEND)),
    ADOPTION_POINTS("信息加分", 2, r -> r.card().total(ScoreColumn.ADOPTION)),
    SCORE("得分", 2, PersonResult::score),
    VETO("一票否决", -1, r -> r.card().vetoed()),
    GRADE("等次", -1, PersonResult::grade),
    PAY("绩效工资", 2, PersonResult::pay);

    private final String header;
    private final int scale;
    private final Function<PersonResult, Object> value;

    ResultColumn(String header, int scale, Function<PersonResult, Object> value) {
        this.header = header;
        this.scale = scale;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** Decimals of a numeric column (0 for counts); negative for a text column. */
    public int scale() {
        return scale;
    }

    public Object of(PersonResult r) {
        return value.apply(r);
    }
}
