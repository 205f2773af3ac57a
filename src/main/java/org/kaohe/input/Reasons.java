package org.kaohe.input;

import java.time.YearMonth;
import java.util.Optional;
import org.kaohe.common.Coded;
import org.kaohe.common.Msg;
import org.kaohe.common.Printable;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.FindingItem;
import org.kaohe.staff.Staff;

/**
 * The reasons a row is rejected, as {@link Msg}s of the {@code input.} bundle. Kept in one place so the bundle
 * and the code that uses it cannot drift apart.
 */
public final class Reasons {

    private Reasons() {
    }

    public static Msg required() {
        return Msg.of("input.required");
    }

    /**
     * An identifier holding a character that cannot be seen or changes what is shown: the value with its hidden
     * characters written as {@code <U+202E>}, and the first of them.
     */
    public static Msg hiddenCharacter(String value, int codePoint) {
        return Msg.of("input.hidden_character", Printable.quoted(value), Printable.codePoint(codePoint));
    }

    public static Msg badDate() {
        return Msg.of("input.bad_date");
    }

    public static Msg noSuchDate() {
        return Msg.of("input.no_such_date");
    }

    public static Msg badTime() {
        return Msg.of("input.bad_time");
    }

    public static Msg badDateTime() {
        return Msg.of("input.bad_date_time");
    }

    public static Msg badDateOrDateTime() {
        return Msg.of("input.bad_date_or_date_time");
    }

    public static Msg badYesNo() {
        return Msg.of("input.bad_yes_no");
    }

    public static Msg badNumber() {
        return Msg.of("input.bad_number");
    }

    public static <E extends Enum<E> & Coded> Msg badChoice(Class<E> type) {
        return Msg.of("input.bad_choice", Coded.accepted(type));
    }

    public static Msg notPositive() {
        return Msg.of("input.not_positive");
    }

    public static Msg negative() {
        return Msg.of("input.negative");
    }

    public static Msg tooManyDecimals(int places) {
        return Msg.of("input.too_many_decimals", String.valueOf(places));
    }

    /** "与 staff.csv 第3行重复": the value is already taken by an earlier accepted row. */
    public static Msg duplicate(SourceRef first) {
        return Msg.of("input.duplicate", where(first));
    }

    /** A row's place in words: "staff.csv 第3行", "staff.xlsx 工作表“花名册”第3行". */
    public static Msg where(SourceRef ref) {
        String row = String.valueOf(ref.row());
        return ref.sheet().isEmpty()
                ? Msg.of("input.where", ref.file(), row)
                : Msg.of("input.where_sheet", ref.file(), ref.sheet(), row);
    }

    public static Msg secondChief(String section, SourceRef firstChief) {
        return Msg.of("input.second_chief", section, where(firstChief));
    }

    /** The value is earlier than another column's value, named by its header and shown as written. */
    public static Msg before(String otherHeader, String otherValue) {
        return Msg.of("input.before", otherHeader, otherValue);
    }

    public static Msg sameAs(String otherHeader) {
        return Msg.of("input.same_as", otherHeader);
    }

    public static Msg afterMonth(YearMonth month) {
        return Msg.of("input.after_month", month.toString());
    }

    public static Msg unknownEmployee(String typed, Optional<String> suggestion) {
        return suggestion.map(s -> Msg.of("input.unknown_employee_suggest", typed, s))
                .orElseGet(() -> Msg.of("input.unknown_employee", Printable.quoted(typed)));
    }

    /** A punch's number that is nobody's 工号 or 考勤号 (a device log or DingTalk export may use either). */
    public static Msg unknownPuncher(String typed, Optional<String> suggestion) {
        return suggestion.map(s -> Msg.of("device.unknown_number_suggest", typed, s))
                .orElseGet(() -> Msg.of("device.unknown_number", Printable.quoted(typed)));
    }

    /** A 姓名 beside a 工号 that is someone else's: most likely the 工号 is mistyped. */
    public static Msg otherName(Staff person, String written) {
        return Msg.of("input.other_name", person.id(), person.name(), written);
    }

    public static Msg unknownSection(String typed, Optional<String> suggestion) {
        return suggestion.map(s -> Msg.of("input.unknown_section_suggest", typed, s))
                .orElseGet(() -> Msg.of("input.unknown_section", Printable.quoted(typed)));
    }

    public static Msg sectionMismatch(Staff person) {
        return Msg.of("input.section_mismatch", person.id(), person.name(), person.section());
    }

    public static Msg sectionRequired() {
        return Msg.of("input.section_required");
    }

    public static Msg categoryRequired() {
        return Msg.of("input.category_required");
    }

    public static Msg categoryNotImplied(FindingItem item) {
        return Msg.of("input.category_not_implied", item);
    }

    public static Msg severityRequired() {
        return Msg.of("input.severity_required");
    }

    public static Msg commendVeto() {
        return Msg.of("input.commend_veto");
    }
}
