package org.kaohe.input;

import static org.kaohe.input.Column.exportOnly;
import static org.kaohe.input.Column.nameCheck;
import static org.kaohe.input.Column.optional;
import static org.kaohe.input.Column.required;

import java.util.List;
import org.kaohe.common.Msg;

/** The kinds of input file in a month folder (SPEC §2), each with its file-name prefix and columns. */
public enum InputKind {
    STAFF("staff", "花名册", List.of(
            required("employee_id", "工号"), required("name", "姓名"), required("section", "科室"),
            optional("post_coefficient", "岗位系数"), required("pay_base", "绩效基数"),
            optional("start_date", "入职日期"), optional("end_date", "离职日期"), optional("clocking", "考勤方式"),
            optional("is_chief", "科长"), optional("device_id", "考勤号"), optional("info_duty", "信息报送"))),
    PUNCHES("punches", "打卡记录", List.of(
            required("employee_id", "工号"), nameCheck(), required("punch_time", "打卡时间"), optional("device", "设备"),
            // a DingTalk export's 打卡时间 may be a bare time of its 考勤日期; its 打卡结果 tells a 补卡 apart
            exportOnly("date", "考勤日期"), exportOnly("result", "打卡结果"))),
    LEAVE("leave", "请假/公出", List.of(
            required("employee_id", "工号"), nameCheck(), required("type", "类型"), required("start", "开始"),
            optional("end", "结束"), required("status", "审批状态"), optional("approver", "审批人"))),
    ERRORS("errors", "差错登记", List.of(
            optional("error_id", "编号"), required("date", "日期"), required("employee_id", "工号"), nameCheck(),
            required("category", "类别"), required("level", "等级"), optional("description", "描述"),
            required("recorded_on", "登记日期"), optional("recorded_by", "登记人"))),
    OVERTIME("overtime", "加班申请", List.of(
            required("employee_id", "工号"), nameCheck(), required("date", "日期"), required("start", "开始时间"),
            required("end", "结束时间"), optional("reason", "事由"), required("status", "审批状态"),
            optional("approver", "审批人"))),
    FINDINGS("findings", "督查发现", List.of(
            required("finding_id", "编号"), required("date", "日期"), required("inspector", "督查人"),
            optional("employee_id", "工号"), nameCheck(), optional("section", "科室"), optional("category", "类别"),
            optional("item", "事项"), optional("severity", "严重程度"), optional("veto", "一票否决"),
            optional("points", "分值"), optional("description", "描述"), optional("evidence", "证据"))),
    DUTY("duty", "值班表", List.of(
            required("date", "日期"), required("start", "开始时间"), required("end", "结束时间"),
            required("employee_id", "工号"), nameCheck(), optional("punch_required", "需打卡"))),
    TASKS("tasks", "督办事项", List.of(
            required("task_id", "编号"), required("title", "事项"), required("employee_id", "工号"), nameCheck(),
            required("assigned_on", "交办日期"), required("due", "时限"), optional("done_on", "办结日期"))),
    DOCUMENTS("documents", "公文流转", List.of(
            required("doc_id", "文号"), required("employee_id", "工号"), nameCheck(), required("received_at", "收文时间"),
            optional("done_at", "办结时间"), required("urgency", "紧急程度"))),
    INFORMATION("information", "信息报送台账", List.of(
            required("info_id", "编号"), required("employee_id", "工号"), nameCheck(), required("submitted_on", "报送日期"),
            required("title", "标题"), optional("adoption", "采用情况"), optional("adopted_on", "采用日期"))),
    /** The month's calendar overrides ({@code calendar.csv}, SPEC §2.10). */
    CALENDAR("calendar", "日历", List.of(required("date", "日期"), required("type", "类型")));

    private final String prefix;
    private final String zh;
    private final List<Column> columns;

    InputKind(String prefix, String zh, List<Column> columns) {
        this.prefix = prefix;
        this.zh = zh;
        this.columns = columns;
    }

    /** File-name prefix: {@code staff.xlsx}, {@code punches-a.csv}. */
    public String prefix() {
        return prefix;
    }

    public String zh() {
        return zh;
    }

    /** The kind's name in the user's language ({@code kind.STAFF} in the {@code kind} bundle). */
    public Msg label() {
        return Msg.of("kind." + name());
    }

    public List<Column> columns() {
        return columns;
    }

    /** The columns of a sheet kept by hand: a device export's own columns are left out. */
    public List<Column> handKeptColumns() {
        return columns.stream().filter(c -> !c.exportOnly()).toList();
    }

    public Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name() + " has no column " + key));
    }
}
