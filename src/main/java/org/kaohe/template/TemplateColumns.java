package org.kaohe.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.kaohe.attendance.LeaveType;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Approval;
import org.kaohe.discipline.ErrorCategory;
import org.kaohe.discipline.ErrorLevel;
import org.kaohe.discipline.FindingCategory;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Severity;
import org.kaohe.information.Adoption;
import org.kaohe.input.InputKind;
import org.kaohe.staff.Clocking;

/**
 * The columns of each kind's template, in the order the template shows them, with their formats and the example
 * row. The first column of the example row carries the example mark, so it is a text column wherever the kind has
 * one (the duty roster starts with 工号 for that reason).
 */
final class TemplateColumns {

    /** What SPEC §2 writes for yes/no; the reader also takes Y/N, yes/no, true/false and 1/0. */
    static final List<Choice> YES_NO = List.of(new Choice("是", "Y"), new Choice("否", "N"));

    /**
     * 紧急程度 of SPEC §2.9. The documents binder's enum is written in another branch; once it is merged this
     * becomes {@code Choice.of(Urgency.class)} (or whatever the enum is called).
     */
    static final List<Choice> URGENCY = List.of(new Choice("特急", "EXTRA_URGENT"), new Choice("加急", "URGENT"),
            new Choice("普通", "NORMAL"));

    private static final LocalDate DAY = LocalDate.of(2026, 10, 9);

    private TemplateColumns() {
    }

    static List<TemplateColumn> of(InputKind kind) {
        Builder b = new Builder(kind);
        switch (kind) {
            case STAFF -> b.text("employee_id", "1001").text("name", "张三").text("section", "办公室")
                    .decimal("post_coefficient", "1.00").decimal("pay_base", "5000.00")
                    .date("start_date", LocalDate.of(2020, 3, 1)).date("end_date", null)
                    .choice("clocking", Choice.of(Clocking.class), Clocking.CLOCK.zh())
                    .yesNo("is_chief", "否").text("device_id", null).yesNo("info_duty", "是");
            case PUNCHES -> b.text("employee_id", "1001").dateTime("punch_time", DAY.atTime(7, 52))
                    .text("device", "一楼大厅");
            case LEAVE -> b.text("employee_id", "1001").choice("type", Choice.of(LeaveType.class), LeaveType.SICK.zh())
                    .dateOrDateTime("start", "2026-10-09 08:00").dependsOn().dateOrDateTime("end", "2026-10-09 12:00")
                    .choice("status", Choice.of(Approval.class), Approval.APPROVED.zh()).text("approver", "李科长");
            case ERRORS -> b.text("error_id", "C-001").date("date", DAY).text("employee_id", "1001")
                    .choice("category", Choice.of(ErrorCategory.class), ErrorCategory.DOCUMENT.zh())
                    .choice("level", Choice.of(ErrorLevel.class), ErrorLevel.MINOR.zh())
                    .text("description", "发文漏盖印章").date("recorded_on", DAY.plusDays(1)).text("recorded_by", "王五");
            case OVERTIME -> b.text("employee_id", "1001").date("date", DAY.plusDays(1))
                    .time("start", LocalTime.of(9, 0)).time("end", LocalTime.of(12, 0)).text("reason", "筹备会议")
                    .choice("status", Choice.of(Approval.class), Approval.APPROVED.zh()).text("approver", "李科长");
            case FINDINGS -> b.text("finding_id", "F-001").date("date", DAY).text("inspector", "督查组 王五")
                    .dependsOn().text("employee_id", "1001").dependsOn().text("section", "办公室")
                    .dependsOn().choice("category", Choice.of(FindingCategory.class), null)
                    .choice("item", Choice.of(FindingItem.class), FindingItem.OFF_POST.zh())
                    .dependsOn().choice("severity", Choice.of(Severity.class), Severity.MINOR.zh())
                    .yesNo("veto", "否").decimal("points", null).text("description", "上午 10:20 不在岗，未请假")
                    .text("evidence", "照片 IMG_0012.jpg");
            case DUTY -> b.text("employee_id", "1001").date("date", DAY.plusDays(1))
                    .time("start", LocalTime.of(8, 30)).time("end", LocalTime.of(17, 30)).yesNo("punch_required", "是");
            case TASKS -> b.text("task_id", "T-001").text("title", "报送季度工作总结").text("employee_id", "1001")
                    .date("assigned_on", LocalDate.of(2026, 10, 8)).date("due", LocalDate.of(2026, 10, 15))
                    .date("done_on", LocalDate.of(2026, 10, 14));
            case DOCUMENTS -> b.text("doc_id", "办发〔2026〕12号").text("employee_id", "1001")
                    .dateTime("received_at", DAY.atTime(9, 30)).dateTime("done_at", DAY.atTime(16, 0))
                    .choice("urgency", URGENCY, "特急");
            case INFORMATION -> b.text("info_id", "XX-001").text("employee_id", "1001").date("submitted_on", DAY)
                    .text("title", "我办扎实做好国庆假期值班工作")
                    .choice("adoption", Choice.of(Adoption.class), Adoption.CITY.zh())
                    .date("adopted_on", DAY.plusDays(4));
            case CALENDAR -> b.date("date", LocalDate.of(2026, 10, 10))
                    .choice("type", Choice.of(DayType.class), DayType.WORKDAY.zh());
        }
        return b.columns;
    }

    /** Adds columns in order; {@link #dependsOn()} marks the next column as required only in some rows. */
    private static final class Builder {

        private final InputKind kind;
        private final List<TemplateColumn> columns = new ArrayList<>();
        private boolean depends;

        Builder(InputKind kind) {
            this.kind = kind;
        }

        Builder dependsOn() {
            depends = true;
            return this;
        }

        Builder text(String key, String example) {
            return add(key, Format.TEXT, List.of(), example);
        }

        Builder date(String key, LocalDate example) {
            return add(key, Format.DATE, List.of(), example);
        }

        Builder time(String key, LocalTime example) {
            return add(key, Format.TIME, List.of(), example);
        }

        Builder dateTime(String key, LocalDateTime example) {
            return add(key, Format.DATE_TIME, List.of(), example);
        }

        Builder dateOrDateTime(String key, String example) {
            return add(key, Format.DATE_OR_DATE_TIME, List.of(), example);
        }

        Builder decimal(String key, String example) {
            return add(key, Format.DECIMAL, List.of(), example == null ? null : new BigDecimal(example));
        }

        Builder yesNo(String key, String example) {
            return add(key, Format.YES_NO, YES_NO, example);
        }

        Builder choice(String key, List<Choice> choices, String example) {
            return add(key, Format.CHOICE, choices, example);
        }

        private Builder add(String key, Format format, List<Choice> choices, Object example) {
            var column = kind.column(key);
            Need need = depends ? Need.DEPENDS : column.required() ? Need.REQUIRED : Need.OPTIONAL;
            columns.add(new TemplateColumn(column, format, need, choices, example));
            depends = false;
            return this;
        }
    }
}
