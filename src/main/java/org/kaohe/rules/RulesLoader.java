package org.kaohe.rules;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.kaohe.attendance.AttendanceRules;
import org.kaohe.attendance.LeaveType;
import org.kaohe.attendance.Schedule;
import org.kaohe.attendance.Season;
import org.kaohe.attendance.Segment;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Msg;
import org.kaohe.discipline.DeadlineRules;
import org.kaohe.discipline.DisciplineRules;
import org.kaohe.discipline.ErrorLevel;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Severity;
import org.kaohe.discipline.Urgency;
import org.kaohe.information.Adoption;
import org.kaohe.information.InformationRules;
import org.kaohe.overtime.OvertimeRules;
import org.kaohe.pay.PayRules;
import org.kaohe.rules.ReportRules;
import org.kaohe.scoring.Grade;
import org.kaohe.scoring.ScoreRules;
import org.kaohe.year.YearGrade;
import org.kaohe.year.YearRules;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code jobs/rules.yml} strictly: every key of SPEC §3 must be there, and no unknown key may be. */
public final class RulesLoader {

    private RulesLoader() {
    }

    public static Rules load(Path file) throws RulesException {
        if (file.toString().isEmpty()) {
            throw new RulesException(Msg.of("rules.no_path"));
        }
        if (Files.isDirectory(file)) {
            throw new RulesException(Msg.of("rules.is_folder", file.toString()));
        }
        String name = file.getFileName().toString();
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (NoSuchFileException e) {
            throw new RulesException(Msg.of("rules.no_file", file.toString()));
        } catch (MarkedYAMLException e) {
            throw syntax(name, e);
        } catch (YAMLException e) {
            // SnakeYAML wraps the reader's decoding failure: a file saved as GBK ("ANSI") by Notepad
            if (e.getCause() instanceof CharacterCodingException) {
                throw new RulesException(Msg.of("hostile.rules_encoding", name));
            }
            throw new RulesException(Msg.of("rules.unreadable", file.toString(), e.getMessage()));
        } catch (IOException e) {
            throw new RulesException(Msg.of("rules.unreadable", file.toString(), e.getMessage()));
        }
        if (root == null) {
            throw new RulesException(Msg.of("rules.empty", name));
        }
        YamlMap top = new YamlMap(name, "", root);
        YamlMap schedule = top.map("schedule");
        YamlMap punch = top.map("punch");
        YamlMap leave = top.map("leave");
        YamlMap overtime = top.map("overtime");
        YamlMap score = top.map("score");
        YamlMap deadlines = top.map("deadlines");
        YamlMap duty = top.map("duty");
        YamlMap veto = top.map("veto");
        YamlMap grade = top.map("grade");
        YamlMap pay = top.map("pay");
        YamlMap input = top.map("input");
        YamlMap information = top.map("information");
        YamlMap year = top.map("year");
        YamlMap report = top.map("report");
        Rules rules = new Rules(attendance(schedule, punch, leave), overtime(overtime),
                discipline(score, duty, veto), score(score, veto, grade), pay(pay),
                input.nonNegative("max_rejected_share"), deadlines(deadlines), information(information), year(year),
                office(top), report(report));
        for (YamlMap section : List.of(schedule, punch, leave, overtime, score, deadlines, duty, veto, grade, pay,
                input, information, year, report, top)) {
            section.done();
        }
        return rules;
    }

    /** {@code office.name}, optional: rules files written before it existed still load, with untitled reports. */
    private static String office(YamlMap top) throws RulesException {
        if (!top.has("office")) {
            return "";
        }
        YamlMap office = top.map("office");
        String name = office.text("name");
        office.done();
        return name;
    }

    private static ReportRules report(YamlMap m) throws RulesException {
        return new ReportRules(m.integer("chart_sections"), m.integer("notice_list_all_up_to"),
                m.nonNegative("typical_points"), m.integer("typical_violations"), m.integer("typical_per_kind"));
    }

    /**
     * SnakeYAML's problem texts are English; HR gets the line and what to look at. An unclosed quote runs to the
     * end of the file, so its line is where the quote opened.
     */
    private static RulesException syntax(String name, MarkedYAMLException e) {
        boolean quote = String.valueOf(e.getContext()).contains("quoted scalar") && e.getContextMark() != null;
        String problem = String.valueOf(e.getProblem());
        Mark at = quote ? e.getContextMark() : e.getProblemMark();
        String key = quote ? "hostile.rules_quote"
                : problem.contains("TAB") || problem.contains("\t") ? "hostile.rules_tab" : "hostile.rules_syntax";
        return new RulesException(Msg.of(key, name, String.valueOf(at.getLine() + 1)));
    }

    private static AttendanceRules attendance(YamlMap schedule, YamlMap punch, YamlMap leave) throws RulesException {
        List<Season> seasons = new ArrayList<>();
        for (YamlMap s : schedule.maps("seasons")) {
            seasons.add(new Season(s.text("name"), monthDay(s, "from"), monthDay(s, "to"), segments(s)));
            s.done();
        }
        List<LeaveType> leaveTypes = new ArrayList<>(EnumSet.allOf(LeaveType.class));
        leaveTypes.remove(LeaveType.PUNCH_FIX);
        return new AttendanceRules(new Schedule(segments(schedule), List.copyOf(seasons)),
                punch.integer("window_before_start_hours"), punch.integer("window_after_end_hours"),
                punch.integer("grace_minutes"), punch.integer("late_max_minutes"),
                punch.integer("half_day_max_minutes"), punch.integer("fixes_per_month"),
                leave.amounts("deduction_ratio", LeaveType.class, leaveTypes));
    }

    /** Segments in order, each ending after it starts and starting after the previous one ends. */
    private static List<Segment> segments(YamlMap parent) throws RulesException {
        List<Segment> out = new ArrayList<>();
        for (YamlMap seg : parent.maps("segments")) {
            LocalTime start = seg.time("start");
            LocalTime end = seg.time("end");
            if (!end.isAfter(start)) {
                throw seg.errorAt("end", "rules.segment_order");
            }
            if (!out.isEmpty() && start.isBefore(out.get(out.size() - 1).end())) {
                throw seg.errorAt("start", "rules.segment_overlap");
            }
            out.add(new Segment(start, end));
            seg.done();
        }
        if (out.isEmpty()) {
            throw parent.errorAt("segments", "rules.no_segments");
        }
        return List.copyOf(out);
    }

    private static MonthDay monthDay(YamlMap m, String key) throws RulesException {
        String s = m.text(key);
        try {
            return MonthDay.parse("--" + s);
        } catch (DateTimeParseException e) {
            throw m.errorAt(key, "rules.not_a_month_day", s);
        }
    }

    private static OvertimeRules overtime(YamlMap m) throws RulesException {
        BigDecimal step = m.nonNegative("step_hours");
        if (step.signum() == 0) {
            throw m.errorAt("step_hours", "rules.not_positive");
        }
        return new OvertimeRules(m.time("day_starts_at"), step,
                m.amounts("points_per_hour", DayType.class, List.of(DayType.values())), m.nonNegative("monthly_cap"));
    }

    private static DisciplineRules discipline(YamlMap score, YamlMap duty, YamlMap veto) throws RulesException {
        List<Severity> severities = List.of(Severity.values());
        EnumSet<FindingItem> vetoItems = EnumSet.noneOf(FindingItem.class);
        vetoItems.addAll(veto.choices("items", FindingItem.class));
        EnumSet<ErrorLevel> vetoLevels = EnumSet.noneOf(ErrorLevel.class);
        vetoLevels.addAll(veto.choices("error_levels", ErrorLevel.class));
        return new DisciplineRules(score.amounts("error", ErrorLevel.class, List.of(ErrorLevel.values())),
                score.integer("late_report_working_days"), score.nonNegative("late_report_multiplier"),
                score.amounts("finding", Severity.class, severities), score.nonNegative("repeat_multiplier"),
                score.nonNegative("duty_absent"), score.amounts("commend", Severity.class, severities),
                score.nonNegative("section_finding_chief_share"), duty.integer("punch_tolerance_minutes"),
                vetoItems, vetoLevels);
    }

    private static DeadlineRules deadlines(YamlMap m) throws RulesException {
        YamlMap limits = m.map("document_limit_working_days");
        Map<Urgency, Integer> days = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            days.put(u, limits.integer(u.name()));
        }
        limits.done();
        return new DeadlineRules(m.nonNegative("delay_per_working_day"), m.nonNegative("delay_cap_per_task"),
                m.nonNegative("backlog"), days);
    }

    private static InformationRules information(YamlMap m) throws RulesException {
        YamlMap adoption = m.map("adoption");
        Map<Adoption, BigDecimal> points = new EnumMap<>(Adoption.class);
        for (Adoption a : Adoption.values()) {
            if (a != Adoption.NONE) {
                points.put(a, adoption.nonNegative(a.name()));
            }
        }
        adoption.done();
        return new InformationRules(m.nonNegative("missed_week"), points);
    }

    private static YearRules year(YamlMap m) throws RulesException {
        YamlMap targets = m.map("information_target");
        int province = targets.integer("PROVINCE");
        int city = targets.integer("CITY");
        targets.done();
        return new YearRules(m.integer("min_graded_months"), m.nonNegative("duty_absent"), province, city,
                m.nonNegative("short_piece"), m.nonNegative("incompetent_below"), m.integer("incompetent_poor_months"),
                m.nonNegative("basic_below"), m.integer("basic_poor_months"), m.nonNegative("excellent_min"),
                m.nonNegative("excellent_good_share"), m.nonNegative("excellent_quota"),
                m.choice("scope", PayRules.Scope.class), m.integer("merit_years"),
                m.amounts("award_factor", YearGrade.class, List.of(YearGrade.values())),
                m.integer("publicity_days"));
    }

    private static ScoreRules score(YamlMap s, YamlMap veto, YamlMap grade) throws RulesException {
        return new ScoreRules(s.nonNegative("start"), s.nonNegative("min"), s.nonNegative("max"),
                s.nonNegative("bonus_cap"), s.nonNegative("late"), s.nonNegative("early"),
                s.nonNegative("missing_punch"), s.nonNegative("absence_per_half_day"),
                veto.nonNegative("absence_days"), grade.nonNegative("excellent"), grade.nonNegative("good"),
                grade.nonNegative("fair"), grade.nonNegative("excellent_quota"));
    }

    private static PayRules pay(YamlMap m) throws RulesException {
        return new PayRules(m.choice("mode", PayRules.Mode.class), m.choice("scope", PayRules.Scope.class),
                m.amounts("grade_coefficient", Grade.class,
                        List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR)));
    }
}
