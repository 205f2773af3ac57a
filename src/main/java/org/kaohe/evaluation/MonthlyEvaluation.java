package org.kaohe.evaluation;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kaohe.attendance.AttendanceEvaluator;
import org.kaohe.attendance.AttendanceResult;
import org.kaohe.attendance.Leave;
import org.kaohe.attendance.LeaveType;
import org.kaohe.attendance.MonthPlan;
import org.kaohe.attendance.PunchLog;
import org.kaohe.attendance.Segment;
import org.kaohe.calendar.CalendarException;
import org.kaohe.calendar.DayType;
import org.kaohe.calendar.WorkCalendar;
import org.kaohe.common.Msg;
import org.kaohe.common.SourceRef;
import org.kaohe.discipline.DisciplineAssessor;
import org.kaohe.discipline.DocumentBacklog;
import org.kaohe.discipline.DutyOutcome;
import org.kaohe.discipline.DutyShift;
import org.kaohe.discipline.Finding;
import org.kaohe.discipline.FindingCategory;
import org.kaohe.discipline.OfficialDocument;
import org.kaohe.discipline.PersonDiscipline;
import org.kaohe.discipline.SectionDiscipline;
import org.kaohe.discipline.Task;
import org.kaohe.discipline.TaskDelay;
import org.kaohe.discipline.Violation;
import org.kaohe.discipline.WorkError;
import org.kaohe.input.CalendarOverride;
import org.kaohe.input.CalendarOverrideBinder;
import org.kaohe.input.DocumentBinder;
import org.kaohe.input.DutyBinder;
import org.kaohe.input.ErrorBinder;
import org.kaohe.input.FindingBinder;
import org.kaohe.input.InformationBinder;
import org.kaohe.input.InputFileException;
import org.kaohe.input.InputFolder;
import org.kaohe.input.InputKind;
import org.kaohe.input.LeaveBinder;
import org.kaohe.input.OvertimeBinder;
import org.kaohe.input.PunchBinder;
import org.kaohe.input.RawRow;
import org.kaohe.input.Rejection;
import org.kaohe.input.RowBinder;
import org.kaohe.input.RowRejectedException;
import org.kaohe.input.RowSink;
import org.kaohe.input.StaffBinder;
import org.kaohe.input.TaskBinder;
import org.kaohe.information.InformationOutcome;
import org.kaohe.information.InformationQuota;
import org.kaohe.information.InformationReport;
import org.kaohe.overtime.OvertimeClaim;
import org.kaohe.overtime.OvertimeResult;
import org.kaohe.overtime.OvertimeVerifier;
import org.kaohe.pay.PayCalculator;
import org.kaohe.rules.Rules;
import org.kaohe.rules.RulesException;
import org.kaohe.rules.RulesLoader;
import org.kaohe.scoring.GradeAssigner;
import org.kaohe.scoring.GradeDecision;
import org.kaohe.scoring.Grade;
import org.kaohe.scoring.ScoreCalculator;
import org.kaohe.scoring.ScoreCard;
import org.kaohe.scoring.ScoreLine;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.section.SectionRanking;
import org.kaohe.section.SectionStanding;
import org.kaohe.staff.Staff;
import org.kaohe.staff.StaffDirectory;

/**
 * One month's evaluation, in the phases of the batch job: read and check the inputs, fold the punches, evaluate
 * every person, grade and pay. Holds per-person state only (punch rows are folded as they stream by).
 */
public final class MonthlyEvaluation {

    private final YearMonth month;
    private final Rules rules;
    private InputFolder folder;
    private Set<InputKind> kindsRead = EnumSet.allOf(InputKind.class);
    private final Path calendarDir;

    private final Map<InputKind, InputTally> tallies = new EnumMap<>(InputKind.class);
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<Msg> fileProblems = new ArrayList<>();

    private WorkCalendar calendar;
    private MonthPlan plan;
    private StaffDirectory staff;
    private final Map<String, List<Leave>> leaves = new HashMap<>();
    private final Map<String, List<WorkError>> errors = new HashMap<>();
    private final Map<String, List<OvertimeClaim>> overtime = new HashMap<>();
    private final Map<String, List<Finding>> personalFindings = new HashMap<>();
    private final Map<String, List<Finding>> sectionFindings = new HashMap<>();
    private final Map<String, List<DutyCheck>> duty = new HashMap<>();
    private final Map<String, List<Task>> tasks = new HashMap<>();
    private final Map<String, List<OfficialDocument>> documents = new HashMap<>();
    private final Map<String, List<InformationReport>> information = new HashMap<>();
    private PunchLog punches;

    private List<Evaluated> evaluated;
    private List<Scored> scored;
    private Map<String, GradeDecision> grades;
    private List<PersonResult> results;
    private List<PayCalculator.Pool> pools;
    private List<SectionStanding> sections;

    /** A non-fatal remark about an input file. */
    public record Warning(SourceRef where, Msg message) {
    }

    private record DutyCheck(DutyShift shift, PunchLog.DutyCheck check) {
    }

    public MonthlyEvaluation(YearMonth month, Rules rules, Path inputDir, Path calendarDir) {
        this.month = month;
        this.rules = rules;
        this.folder = new InputFolder(inputDir);
        this.calendarDir = calendarDir;
    }

    /** The month with the rules file read and checked; the official calendars ship beside it, in calendar/. */
    public static MonthlyEvaluation open(YearMonth month, Path rulesFile, Path inputDir) throws RulesException {
        return new MonthlyEvaluation(month, RulesLoader.load(rulesFile), inputDir, calendarDir(rulesFile));
    }

    /** The official calendars of a rules file: the {@code calendar/} folder beside it. */
    public static Path calendarDir(Path rulesFile) {
        return rulesFile.toAbsolutePath().getParent().resolve("calendar");
    }

    public YearMonth month() {
        return month;
    }

    /**
     * Reads, besides the calendar and staff every row is checked against, only the given kind: from {@code file}
     * instead of the month folder's files when it is not null. For checking one kind's file before it is handed in.
     */
    public void readOnly(InputKind kind, Path file) {
        kindsRead = EnumSet.of(InputKind.CALENDAR, InputKind.STAFF, kind);
        if (file != null) {
            folder = folder.withFile(kind, file);
        }
    }

    /** Calendar and staff: without them nothing else can be checked. */
    public void readCalendarAndStaff() throws EvaluationException {
        String prefixes = String.join(", ", Arrays.stream(InputKind.values()).map(InputKind::prefix).toList());
        for (Path file : folder.unrecognised()) {
            warnings.add(new Warning(new SourceRef(file.getFileName().toString(), "", 0),
                    Msg.of("run.unrecognised_file", file.getFileName().toString(), prefixes)));
        }
        for (Path entry : folder.notFiles()) {
            String name = entry.getFileName().toString();
            warnings.add(new Warning(new SourceRef(name, "", 0),
                    Msg.of(Files.isDirectory(entry) ? "run.folder_not_file" : "run.not_a_file", name)));
        }
        Map<LocalDate, DayType> overrides = new HashMap<>();
        ingest(InputKind.CALENDAR, new CalendarOverrideBinder(),
                (CalendarOverride o) -> overrides.put(o.date(), o.type()));
        try {
            calendar = WorkCalendar.load(calendarDir).withOverrides(overrides);
            calendar.requireMonth(month);
        } catch (CalendarException e) {
            throw new EvaluationException(e.reason(), true);
        }
        plan = new MonthPlan(month, calendar::typeOf, rules.attendance());
        List<Staff> people = new ArrayList<>();
        ingest(InputKind.STAFF, new StaffBinder(), people::add);
        if (tallies.get(InputKind.STAFF).absent()) {
            throw new EvaluationException(Msg.of("run.no_staff", folder.dir().toString()), true);
        }
        if (people.isEmpty()) {
            // without one usable staff row every other row would only be reported as an unknown 工号
            throw new EvaluationException(fileProblems.isEmpty() ? Msg.of("run.no_staff_rows") : fileProblems.get(0),
                    false);
        }
        staff = new StaffDirectory(people);
    }

    /** Leave, errors, overtime, findings, duty, tasks, documents and information (everything but punches). */
    public void readRecords() {
        ingest(InputKind.LEAVE, new LeaveBinder(staff), l -> add(leaves, l.employeeId(), l));
        ingest(InputKind.ERRORS, new ErrorBinder(staff, month), e -> add(errors, e.employeeId(), e));
        ingest(InputKind.OVERTIME, new OvertimeBinder(staff), c -> {
            if (plan.contains(c.date())) {
                add(overtime, c.employeeId(), c);
            }
        });
        ingest(InputKind.FINDINGS, new FindingBinder(staff, month), f -> {
            if (f.againstSection()) {
                add(sectionFindings, f.section(), f);
            } else {
                add(personalFindings, f.employeeId(), f);
            }
        });
        punches = new PunchLog(plan, rules.overtime().dayStartsAt(), rules.discipline().dutyToleranceMinutes());
        ingest(InputKind.DUTY, new DutyBinder(staff), s -> {
            if (plan.contains(s.date()) && s.punchRequired()) {
                add(duty, s.employeeId(), new DutyCheck(s, punches.expectPunchNear(s.employeeId(), s.startsAt())));
            }
        });
        // a whole ledger may be dropped in every month: keep only what was open at some time in this one
        ingest(InputKind.TASKS, new TaskBinder(staff), t -> {
            if (openDuringMonth(t.assignedOn(), t.doneOn())) {
                add(tasks, t.employeeId(), t);
            }
        });
        ingest(InputKind.DOCUMENTS, new DocumentBinder(staff), d -> {
            if (openDuringMonth(d.receivedAt().toLocalDate(), d.doneAt() == null ? null : d.doneAt().toLocalDate())) {
                add(documents, d.employeeId(), d);
            }
        });
        // a year's ledger: a row outside the month still counts when it meets a week straddling the month's start or end
        ingest(InputKind.INFORMATION, new InformationBinder(staff), r -> {
            if (InformationQuota.concerns(month, r)) {
                add(information, r.employeeId(), r);
            }
        });
    }

    /** Every input, without stopping at rejections: for checking and explaining outside the job. */
    public void readAll() throws EvaluationException {
        readCalendarAndStaff();
        readRecords();
        readPunches();
    }

    /** Streams every punch row into the per-person punch log. */
    public void readPunches() {
        ingest(InputKind.PUNCHES, new PunchBinder(staff), punches::add);
    }

    /**
     * Fails when the rows of the given kinds cannot be trusted: any rejected staff row, more than the allowed
     * share of another kind's rows rejected, or a file that could not be read at all.
     */
    public void checkInputs(InputKind... kinds) throws EvaluationException {
        if (!fileProblems.isEmpty()) {
            throw new EvaluationException(fileProblems.get(0), false);
        }
        for (InputKind kind : kinds) {
            InputTally t = tallies.get(kind);
            if (t != null && t.overThreshold(rules.maxRejectedShare())) {
                throw new EvaluationException(kind == InputKind.STAFF
                        ? Msg.of("run.staff_rejected", String.valueOf(t.rejected()))
                        : Msg.of("run.too_many_rejected", kind.label(), String.valueOf(t.rejected()),
                                String.valueOf(t.accepted() + t.rejected()),
                                rules.maxRejectedShare().movePointRight(2).stripTrailingZeros().toPlainString()),
                        false);
            }
        }
    }

    /** Attendance (with leave and punch fixes) and verified overtime for every person. */
    public void evaluateAttendance() {
        AttendanceEvaluator attendance = new AttendanceEvaluator(plan, rules.attendance());
        OvertimeVerifier verifier = new OvertimeVerifier(plan, rules.overtime());
        // people are independent of each other and the evaluators hold no state: both cores, in roster order
        evaluated = staff.all().parallelStream().map(s -> evaluate(s, attendance, verifier)).toList();
        // every later phase works from the evaluated attendance; the folded punches are most of the heap
        punches = null;
    }

    private Evaluated evaluate(Staff s, AttendanceEvaluator attendance, OvertimeVerifier verifier) {
        var personPunches = punches.of(s.id());
        List<Leave> personLeaves = get(leaves, s.id());
        List<DutyOutcome> dutyOutcomes = get(duty, s.id()).stream()
                .map(d -> new DutyOutcome(d.shift(), d.check().punched(), dutyExcused(s, d.shift(), personLeaves)))
                .toList();
        return new Evaluated(s, attendance.evaluate(s, personPunches, personLeaves),
                get(overtime, s.id()).stream().map(c -> verifier.verify(c, personPunches)).toList(), dutyOutcomes);
    }

    /** Errors, findings, duty, tasks, documents, bonuses, score, veto and grade for every person. */
    public void score() {
        OvertimeVerifier verifier = new OvertimeVerifier(plan, rules.overtime());
        DisciplineAssessor assessor = new DisciplineAssessor(rules.discipline(), calendar::workingDaysAfter);
        TaskDelay taskDelay = new TaskDelay(rules.deadlines(), month, this::workingDay);
        DocumentBacklog backlog = new DocumentBacklog(rules.deadlines(), month, this::workingDay, this::closingTime);
        InformationQuota quota = new InformationQuota(rules.information(), month, calendar::typeOf,
                rules.attendance().schedule()::segmentsOn);
        boolean ledgerKept = tallies.containsKey(InputKind.INFORMATION)
                && !tallies.get(InputKind.INFORMATION).absent();
        ScoreCalculator calculator = new ScoreCalculator(rules.score());
        PersonScoring scoring = new PersonScoring(verifier, assessor, taskDelay, backlog, quota, ledgerKept,
                calculator);
        // as the attendance: independent people, stateless assessors, both cores, in roster order
        scored = evaluated.parallelStream().map(scoring::score).toList();
        List<GradeAssigner.Candidate> candidates = scored.stream().filter(Scored::graded)
                .map(x -> new GradeAssigner.Candidate(x.staff().id(), x.staff().section(), x.card().score(),
                        x.card().totalDeductions(), x.card().vetoed()))
                .toList();
        grades = new GradeAssigner(rules.score()).assign(candidates);
        rankSections(assessor);
    }

    /** 文明科室评比 over the graded members' scores and the findings against whole sections. */
    private void rankSections(DisciplineAssessor assessor) {
        Map<String, SectionDiscipline> sectionOutcomes = new HashMap<>();
        sectionFindings.forEach((section, findings) ->
                sectionOutcomes.put(section, assessor.assessSection(section, findings)));
        List<SectionRanking.Member> members = scored.stream().filter(Scored::graded)
                .map(x -> new SectionRanking.Member(x.staff().id(), x.staff().section(), x.card().score(),
                        x.card().vetoed(), x.violations().size()))
                .toList();
        sections = new SectionRanking().rank(staff.all().stream().map(Staff::section).distinct().toList(), members,
                sectionOutcomes);
    }

    /** Pay for every graded person; then the month's results are complete. */
    public void pay() {
        List<PayCalculator.Payee> payees = scored.stream().filter(Scored::graded)
                .map(x -> new PayCalculator.Payee(x.staff().id(), x.staff().section(), x.staff().payBase(),
                        x.staff().postCoefficient(), x.card().score(), x.attendance().clampedNumerator(),
                        x.attendance().workdays(), x.card().vetoed(), grades.get(x.staff().id()).grade()))
                .toList();
        PayCalculator.Outcome outcome = new PayCalculator(rules.pay()).pay(payees);
        pools = outcome.pools();
        results = scored.stream().map(x -> new PersonResult(x.staff(), x.attendance(), x.evaluated().overtime(),
                        x.card(), gradeOf(x.staff().id()),
                        outcome.pay().getOrDefault(x.staff().id(), BigDecimal.ZERO.setScale(2)), x.violations(),
                        x.info()))
                .toList();
    }

    /** One person's discipline, tasks, documents, information, overtime points, score and veto. */
    private final class PersonScoring {

        private final OvertimeVerifier verifier;
        private final DisciplineAssessor assessor;
        private final TaskDelay taskDelay;
        private final DocumentBacklog backlog;
        private final InformationQuota quota;
        private final boolean ledgerKept;
        private final ScoreCalculator calculator;

        PersonScoring(OvertimeVerifier verifier, DisciplineAssessor assessor, TaskDelay taskDelay,
                      DocumentBacklog backlog, InformationQuota quota, boolean ledgerKept, ScoreCalculator calculator) {
            this.verifier = verifier;
            this.assessor = assessor;
            this.taskDelay = taskDelay;
            this.backlog = backlog;
            this.quota = quota;
            this.ledgerKept = ledgerKept;
            this.calculator = calculator;
        }

        Scored score(Evaluated e) {
            Staff s = e.staff();
            boolean chief = staff.chiefOf(s.section()).map(c -> c.id().equals(s.id())).orElse(false);
            PersonDiscipline discipline = assessor.assess(s.id(), s.section(), get(errors, s.id()),
                    get(personalFindings, s.id()), e.duty(), chief ? get(sectionFindings, s.section()) : List.of());
            List<ScoreLine> lines = new ArrayList<>(discipline.lines());
            List<Violation> violations = new ArrayList<>(discipline.violations());
            for (PersonDiscipline d : List.of(taskDelay.assess(s.section(), get(tasks, s.id())),
                    backlog.assess(s.section(), get(documents, s.id())))) {
                lines.addAll(d.lines());
                violations.addAll(d.violations());
            }
            InformationOutcome info = quota.assess(s, ledgerKept, get(information, s.id()), get(leaves, s.id()));
            lines.addAll(info.lines());
            violations.addAll(info.violations());
            for (OvertimeResult r : e.overtime()) {
                if (r.points().signum() > 0) {
                    lines.add(new ScoreLine(ScoreColumn.OVERTIME, r.points(), r.claim().date(),
                            Msg.of("run.overtime_line", r.claim().date(), r.dayType(),
                                    r.verifiedHours().stripTrailingZeros().toPlainString()), r.claim().source()));
                }
            }
            ScoreCard card = calculator.score(e.attendance(), lines, verifier.cappedPoints(e.overtime()),
                    discipline.vetoes());
            return new Scored(e, card, violations, info);
        }
    }

    private record Evaluated(Staff staff, AttendanceResult attendance, List<OvertimeResult> overtime,
                             List<DutyOutcome> duty) {
    }

    private record Scored(Evaluated evaluated, ScoreCard card, List<Violation> violations, InformationOutcome info) {
        Staff staff() {
            return evaluated.staff();
        }

        AttendanceResult attendance() {
            return evaluated.attendance();
        }

        boolean graded() {
            return evaluated.attendance().employedWorkdays() > 0;
        }
    }

    private boolean openDuringMonth(LocalDate from, LocalDate doneOn) {
        return !from.isAfter(month.atEndOfMonth()) && (doneOn == null || !doneOn.isBefore(month.atDay(1)));
    }

    private boolean workingDay(LocalDate day) {
        return calendar.typeOf(day) == DayType.WORKDAY;
    }

    /** The end of the day's last scheduled segment. */
    private LocalTime closingTime(LocalDate day) {
        List<Segment> segments = rules.attendance().schedule().segmentsOn(day);
        return segments.get(segments.size() - 1).end();
    }

    /** A duty shift is excused outside employment or under approved leave at its start. */
    private static boolean dutyExcused(Staff s, DutyShift shift, List<Leave> personLeaves) {
        LocalDateTime start = shift.startsAt();
        return !s.employedOn(shift.date())
                || personLeaves.stream().anyMatch(l -> l.approved() && l.type() != LeaveType.PUNCH_FIX
                        && l.covers(start));
    }

    private <T> void ingest(InputKind kind, RowBinder<T> binder, Consumer<T> accept) {
        if (!kindsRead.contains(kind)) {
            return;
        }
        InputTally tally = new InputTally(kind, folder.files(kind));
        tallies.put(kind, tally);
        try {
            folder.read(kind, new RowSink() {
                @Override
                public void row(RawRow row) {
                    try {
                        accept.accept(binder.bind(row));
                        tally.accept();
                    } catch (RowRejectedException e) {
                        rejected(e.rejection());
                    }
                }

                @Override
                public void rejected(Rejection rejection) {
                    rejections.add(rejection);
                    tally.reject();
                }

                @Override
                public void warning(SourceRef where, Msg message) {
                    warnings.add(new Warning(where, message));
                }
            });
        } catch (InputFileException e) {
            fileProblems.add(e.reason());
        }
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static <T> List<T> get(Map<String, List<T>> map, String key) {
        return map.getOrDefault(key, List.of());
    }

    public Collection<InputTally> tallies() {
        return tallies.values();
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    public List<Msg> fileProblems() {
        return fileProblems;
    }

    public List<PersonResult> results() {
        return results;
    }

    /** Why a graded person has their grade; empty for a person not graded (不参评). */
    public Optional<GradeDecision> gradeDecision(String employeeId) {
        return Optional.ofNullable(grades.get(employeeId));
    }

    private Grade gradeOf(String employeeId) {
        return gradeDecision(employeeId).map(GradeDecision::grade).orElse(Grade.NOT_RATED);
    }

    public List<PayCalculator.Pool> pools() {
        return pools;
    }

    /** Sections ranked (文明科室 marked), then sections with no graded member; known after scoring. */
    public List<SectionStanding> sections() {
        return sections;
    }

    public Rules rules() {
        return rules;
    }
}
