package org.kaohe.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.kaohe.attendance.LeaveType;
import org.kaohe.calendar.DayType;
import org.kaohe.common.Approval;
import org.kaohe.discipline.ErrorCategory;
import org.kaohe.discipline.ErrorLevel;
import org.kaohe.discipline.FindingCategory;
import org.kaohe.discipline.FindingItem;
import org.kaohe.discipline.Severity;
import org.kaohe.input.InputKind;
import org.kaohe.staff.Clocking;

/**
 * A synthetic month folder at the rates a large office sees: four punches a working day per clocking person
 * (arrival, lunch out, lunch back, leaving), a few late arrivals, early departures, forgotten punches and absent
 * days, leave, overtime with the punches that verify it, errors, inspectors' findings, duty, tasks, documents, the
 * year's 信息报送 ledger of the secretaries and a small share of rows HR would get wrong. The same seed gives the
 * same files.
 */
public final class MonthGenerator {

    /** Everything that decides the folder's content. */
    public record Settings(int people, YearMonth month, long seed, boolean xlsx, int punchCopies) {
    }

    /** What was written, per kind. */
    public record Written(Map<InputKind, Long> rows, List<Path> files) {
    }

    private static final int PEOPLE_PER_SECTION = 25;
    private static final long INFORMATION_SEED = 0x5EC2E7A2L;
    /** About two secretaries in a section of 25 owe a piece of information a week. */
    private static final double INFO_DUTY_SHARE = 0.08;
    private static final double WEEK_MISSED = 0.05;
    /** Someone without the duty sends a piece in a given week. */
    private static final double OCCASIONAL_PIECE = 0.002;
    private static final double CITY = 0.08;
    private static final double PROVINCE = 0.03;
    private static final double NATIONAL = 0.005;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "辉", "建", "玲", "国", "红"};
    private static final LeaveType[] LEAVE_TYPES = {LeaveType.PERSONAL, LeaveType.SICK, LeaveType.SICK,
        LeaveType.ANNUAL, LeaveType.ANNUAL, LeaveType.ANNUAL, LeaveType.OFFICIAL, LeaveType.COMP_OFF};
    private static final FindingItem[] FINDING_ITEMS = {FindingItem.OFF_POST, FindingItem.WANDERING,
        FindingItem.IDLE_ONLINE, FindingItem.IDLE_ONLINE, FindingItem.SLOW, FindingItem.PILE_UP, FindingItem.RUDE,
        FindingItem.WASTE, FindingItem.OTHER};

    private final Settings settings;
    private final Function<LocalDate, DayType> calendar;
    private final SplittableRandom random;
    /** The ledger's own draws: adding it left every other file of a seed as it was. */
    private final SplittableRandom informationRandom;
    private final List<LocalDate> days = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<InputKind, Long> rows = new EnumMap<>(InputKind.class);
    private final List<Path> files = new ArrayList<>();

    public MonthGenerator(Settings settings, Function<LocalDate, DayType> calendar) {
        this.settings = settings;
        this.calendar = calendar;
        this.random = new SplittableRandom(settings.seed());
        this.informationRandom = new SplittableRandom(settings.seed() ^ INFORMATION_SEED);
        for (int d = 1; d <= settings.month().lengthOfMonth(); d++) {
            days.add(settings.month().atDay(d));
        }
    }

    /** Writes every kind's file into {@code dir} (created if needed). */
    public Written write(Path dir) throws IOException {
        Files.createDirectories(dir);
        planPeople();
        writeStaff(dir);
        writeLeave(dir);
        writePunches(dir);
        writeOvertime(dir);
        writeErrors(dir);
        writeFindings(dir);
        writeDuty(dir);
        writeTasks(dir);
        writeDocuments(dir);
        writeInformation(dir);
        return new Written(rows, files);
    }

    /** One person's month: who they are and what happens to them, decided before any file is written. */
    private static final class Person {
        String id;
        String name;
        String section;
        boolean chief;
        boolean infoDuty;
        Clocking clocking = Clocking.CLOCK;
        int firstDay;
        int lastDay;
        int leaveFrom = -1;
        int leaveTo = -1;
        LeaveType leaveType;
        Approval leaveStatus;
        int overtimeDay = -1;
        Approval overtimeStatus;
        final List<LocalDateTime> fixes = new ArrayList<>();

        boolean onApprovedLeave(int day) {
            return leaveStatus == Approval.APPROVED && day >= leaveFrom && day <= leaveTo;
        }
    }

    private void planPeople() {
        int sections = Math.max(1, settings.people() / PEOPLE_PER_SECTION);
        List<Integer> workdays = new ArrayList<>();
        List<Integer> restDays = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            (working(d) ? workdays : restDays).add(d);
        }
        for (int i = 0; i < settings.people(); i++) {
            Person p = new Person();
            p.id = String.valueOf(100_001 + i);
            p.name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextInt(3) == 0 ? "" : GIVEN[random.nextInt(GIVEN.length)]);
            p.section = "第" + (i % sections + 1) + "科";
            p.chief = i < sections;
            p.infoDuty = informationRandom.nextDouble() < INFO_DUTY_SHARE;
            p.clocking = !p.chief && chance(0.03) ? Clocking.EXEMPT : Clocking.CLOCK;
            p.firstDay = chance(0.005) ? random.nextInt(days.size()) : 0;
            p.lastDay = chance(0.005) ? random.nextInt(p.firstDay, days.size()) : days.size() - 1;
            if (chance(0.06) && !workdays.isEmpty()) {
                p.leaveFrom = workdays.get(random.nextInt(workdays.size()));
                p.leaveTo = Math.min(days.size() - 1, p.leaveFrom + random.nextInt(3));
                p.leaveType = LEAVE_TYPES[random.nextInt(LEAVE_TYPES.length)];
                p.leaveStatus = approval();
            }
            if (chance(0.08)) {
                List<Integer> from = chance(0.2) && !restDays.isEmpty() ? restDays : workdays;
                if (!from.isEmpty()) {
                    p.overtimeDay = from.get(random.nextInt(from.size()));
                    p.overtimeStatus = approval();
                }
            }
            people.add(p);
        }
    }

    private Approval approval() {
        int r = random.nextInt(100);
        return r < 90 ? Approval.APPROVED : r < 95 ? Approval.PENDING : Approval.REJECTED;
    }

    private boolean working(int day) {
        return calendar.apply(days.get(day)) == DayType.WORKDAY;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private TableWriter open(Path dir, InputKind kind, String suffix) throws IOException {
        List<String> header = kind.handKeptColumns().stream().map(c -> c.zh()).toList();
        Path file = dir.resolve(kind.prefix() + suffix + (settings.xlsx() ? ".xlsx" : ".csv"));
        files.add(file);
        return settings.xlsx() ? new XlsxTableWriter(file, kind.zh().replace('/', '、'), header)
                : new CsvTableWriter(file, header);
    }

    private void count(InputKind kind, TableWriter writer) {
        rows.merge(kind, writer.rows(), Long::sum);
    }

    private void writeStaff(Path dir) throws IOException {
        try (TableWriter w = open(dir, InputKind.STAFF, "")) {
            for (Person p : people) {
                // 工号, 姓名, 科室, 岗位系数, 绩效基数, 入职日期, 离职日期, 考勤方式, 科长, 考勤号, 信息报送
                w.row(p.id, p.name, p.section, BigDecimal.valueOf(8 + random.nextInt(8), 1).toPlainString(),
                        BigDecimal.valueOf(300_000 + random.nextInt(30) * 10_000L, 2).toPlainString(),
                        p.firstDay > 0 ? days.get(p.firstDay) : "",
                        p.lastDay < days.size() - 1 ? days.get(p.lastDay) : "", p.clocking.zh(),
                        p.chief ? "是" : "否", "", p.infoDuty ? "是" : "否");
            }
            count(InputKind.STAFF, w);
        }
    }

    private void writeLeave(Path dir) throws IOException {
        try (TableWriter w = open(dir, InputKind.LEAVE, "")) {
            for (Person p : people) {
                if (p.leaveFrom >= 0) {
                    LocalDate from = days.get(p.leaveFrom);
                    // a few rows typed the wrong way round: 结束 before 开始 is a rejection
                    LocalDate to = chance(0.003) ? from.minusDays(1) : days.get(p.leaveTo);
                    // 工号, 类型, 开始, 结束, 审批状态, 审批人
                    w.row(p.id, p.leaveType.zh(), from, to, p.leaveStatus.zh(), "审批人");
                }
            }
            // forgotten punches decided while writing punches are fixed later; plan them here so the file is one
            for (Person p : people) {
                if (p.clocking == Clocking.CLOCK && chance(0.01)) {
                    int day = random.nextInt(p.firstDay, p.lastDay + 1);
                    if (working(day) && !p.onApprovedLeave(day)) {
                        LocalDateTime fix = days.get(day).atTime(8, 0);
                        p.fixes.add(fix);
                        w.row(p.id, LeaveType.PUNCH_FIX.zh(), fix, "", Approval.APPROVED.zh(), "审批人");
                    }
                }
            }
            count(InputKind.LEAVE, w);
        }
    }

    /**
     * Day by day, as a machine exports them. {@code punchCopies} &gt; 1 writes the same punches again into further
     * files (two machines syncing the same log): more rows for the same people and the same results, since
     * duplicate punches count once.
     */
    private void writePunches(Path dir) throws IOException {
        List<TableWriter> writers = new ArrayList<>();
        try {
            for (int c = 1; c <= settings.punchCopies(); c++) {
                writers.add(open(dir, InputKind.PUNCHES, "-" + c));
            }
            for (int d = 0; d < days.size(); d++) {
                for (Person p : people) {
                    punchDay(p, d, writers);
                }
            }
        } finally {
            for (TableWriter w : writers) {
                count(InputKind.PUNCHES, w);
                w.close();
            }
        }
    }

    private void punchDay(Person p, int d, List<TableWriter> writers) throws IOException {
        if (p.clocking == Clocking.EXEMPT || d < p.firstDay || d > p.lastDay) {
            return;
        }
        LocalDate date = days.get(d);
        if (!working(d)) {
            if (d == p.overtimeDay) {
                punch(writers, p.id, date.atTime(8, 50).plusSeconds(random.nextInt(600)));
                punch(writers, p.id, date.atTime(12, 5).plusSeconds(random.nextInt(900)));
            }
            return;
        }
        if (p.onApprovedLeave(d) || chance(0.002)) {
            return;
        }
        int r = random.nextInt(1000);
        LocalDateTime in = r < 30 ? date.atTime(8, 6).plusSeconds(random.nextInt(24 * 60))
                : r < 33 ? date.atTime(8, 31).plusSeconds(random.nextInt(90 * 60))
                : date.atTime(7, 30).plusSeconds(random.nextInt(30 * 60));
        LocalDateTime out = d == p.overtimeDay ? date.atTime(20, 0).plusSeconds(random.nextInt(40 * 60))
                : chance(0.01) ? date.atTime(17, 0).plusSeconds(random.nextInt(24 * 60))
                : date.atTime(17, 30).plusSeconds(random.nextInt(60 * 60));
        // a forgotten half day: both punches before noon (or after) missing, so the boundary has no punch at all
        boolean morning = !chance(0.004) && !p.fixes.contains(date.atTime(8, 0));
        boolean afternoon = !chance(0.004);
        if (morning) {
            punch(writers, p.id, in);
            punch(writers, p.id, date.atTime(12, 0).plusSeconds(random.nextInt(30 * 60)));
        }
        if (afternoon) {
            punch(writers, p.id, date.atTime(12, 50).plusSeconds(random.nextInt(40 * 60)));
            punch(writers, p.id, out);
        }
    }

    private void punch(List<TableWriter> writers, String id, LocalDateTime time) throws IOException {
        // one row in a few thousand carries a number the roster does not know
        String number = random.nextInt(4000) == 0 ? "9" + id : id;
        for (TableWriter w : writers) {
            w.row(number, time, "1号门");
        }
    }

    private void writeOvertime(Path dir) throws IOException {
        try (TableWriter w = open(dir, InputKind.OVERTIME, "")) {
            for (Person p : people) {
                if (p.overtimeDay >= 0) {
                    boolean workday = working(p.overtimeDay);
                    // 工号, 日期, 开始时间, 结束时间, 事由, 审批状态, 审批人
                    w.row(p.id, days.get(p.overtimeDay), LocalTime.of(workday ? 17 : 9, 30),
                            LocalTime.of(workday ? 20 : 12, 0), "材料赶写", p.overtimeStatus.zh(), "审批人");
                }
            }
            count(InputKind.OVERTIME, w);
        }
    }

    private void writeErrors(Path dir) throws IOException {
        try (TableWriter w = open(dir, InputKind.ERRORS, "")) {
            int n = 0;
            for (Person p : people) {
                if (chance(0.02)) {
                    int day = random.nextInt(days.size());
                    LocalDate recorded = days.get(Math.min(days.size() - 1, day + random.nextInt(6)));
                    int level = random.nextInt(100);
                    // 编号, 日期, 工号, 类别, 等级, 描述, 登记日期, 登记人
                    w.row("CW-" + (++n), days.get(day), p.id, pick(ErrorCategory.values()).zh(),
                            (level < 80 ? ErrorLevel.MINOR : level < 98 ? ErrorLevel.MAJOR : ErrorLevel.GRAVE).zh(),
                            "材料数字有误", recorded, "登记人");
                }
            }
            count(InputKind.ERRORS, w);
        }
    }

    private void writeFindings(Path dir) throws IOException {
        try (TableWriter w = open(dir, InputKind.FINDINGS, "")) {
            int n = 0;
            for (Person p : people) {
                if (chance(0.01)) {
                    FindingItem item = chance(0.05) ? FindingItem.DRINKING : pick(FINDING_ITEMS);
                    String category = item == FindingItem.OTHER ? FindingCategory.IMAGE.zh() : "";
                    finding(w, ++n, p.id, p.section, category, item.zh(), pick(Severity.values()));
                } else if (chance(0.003)) {
                    finding(w, ++n, p.id, p.section, FindingCategory.COMMEND.zh(), "", Severity.MINOR);
                }
            }
            for (Person p : people) {
                if (p.chief && chance(0.05)) {
                    finding(w, ++n, "", p.section, "", FindingItem.EMPTY_POST.zh(), Severity.MINOR);
                }
            }
            count(InputKind.FINDINGS, w);
        }
    }

    private void finding(TableWriter w, int n, String id, String section, String category, String item,
                         Severity severity) throws IOException {
        // 编号, 日期, 督查人, 工号, 科室, 类别, 事项, 严重程度, 一票否决, 分值, 描述, 证据
        w.row("DC-" + n, days.get(random.nextInt(days.size())), "督查组", id, section, category, item,
                severity.zh(), "", "", "现场检查发现", "照片" + n + ".jpg");
    }

    private void writeDuty(Path dir) throws IOException {
        int perDay = Math.max(1, settings.people() / 1000);
        try (TableWriter w = open(dir, InputKind.DUTY, "")) {
            for (int d = 0; d < days.size(); d++) {
                for (int k = 0; k < perDay; k++) {
                    Person p = people.get(random.nextInt(people.size()));
                    boolean day = !working(d);
                    // 日期, 开始时间, 结束时间, 工号, 需打卡
                    w.row(days.get(d), LocalTime.of(day ? 8 : 17, 30), LocalTime.of(day ? 17 : 8, 30), p.id,
                            day ? "是" : "否");
                }
            }
            count(InputKind.DUTY, w);
        }
    }

    private void writeTasks(Path dir) throws IOException {
        try (TableWriter w = open(dir, InputKind.TASKS, "")) {
            for (int i = 0; i < settings.people() / 20; i++) {
                Person p = people.get(random.nextInt(people.size()));
                int assigned = random.nextInt(days.size());
                int due = Math.min(days.size() - 1, assigned + 3 + random.nextInt(7));
                int done = due + random.nextInt(-3, 3);
                // 编号, 事项, 工号, 交办日期, 时限, 办结日期
                w.row("DB-" + (i + 1), "督办事项" + (i + 1), p.id, days.get(assigned), days.get(due),
                        done < days.size() && done >= assigned ? days.get(done) : "");
            }
            count(InputKind.TASKS, w);
        }
    }

    private void writeDocuments(Path dir) throws IOException {
        String[] urgency = {"特急", "加急", "普通", "普通", "普通"};
        try (TableWriter w = open(dir, InputKind.DOCUMENTS, "")) {
            for (int i = 0; i < settings.people() / 4; i++) {
                Person p = people.get(random.nextInt(people.size()));
                LocalDateTime received = days.get(random.nextInt(days.size())).atTime(9, 0)
                        .plusMinutes(random.nextInt(480));
                LocalDateTime done = received.plusHours(random.nextInt(1, 120));
                // 文号, 工号, 收文时间, 办结时间, 紧急程度
                w.row("收文〔" + settings.month().getYear() + "〕" + (i + 1) + "号", p.id, received,
                        done.toLocalDate().isAfter(days.get(days.size() - 1)) ? "" : done, pick(urgency));
            }
            count(InputKind.DOCUMENTS, w);
        }
    }

    /**
     * The year's ledger up to the month's last week, as the office keeps it: each secretary's weekly piece (now and
     * then a week missed), a few adopted by the city, the province or the state some days later, the odd piece by
     * someone without the duty, and one row in a few hundred with its 采用日期 typed before its 报送日期.
     */
    private void writeInformation(Path dir) throws IOException {
        // the month's last week is the one of its last Thursday (SPEC §3.10)
        LocalDate lastMonday = settings.month().atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY))
                .minusDays(3);
        LocalDate firstMonday = settings.month().withMonth(1).atDay(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        try (TableWriter w = open(dir, InputKind.INFORMATION, "")) {
            int n = 0;
            for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
                for (Person p : people) {
                    if (p.infoDuty ? informationRandom.nextDouble() >= WEEK_MISSED
                            : informationRandom.nextDouble() < OCCASIONAL_PIECE) {
                        piece(w, ++n, p, monday.plusDays(informationRandom.nextInt(5)));
                    }
                }
            }
            count(InputKind.INFORMATION, w);
        }
    }

    private void piece(TableWriter w, int n, Person p, LocalDate submitted) throws IOException {
        double r = informationRandom.nextDouble();
        String adoption = r < NATIONAL ? "国家录用" : r < NATIONAL + PROVINCE ? "省录用"
                : r < NATIONAL + PROVINCE + CITY ? "市录用" : "未采用";
        Object adopted = adoption.equals("未采用") ? ""
                : submitted.plusDays(informationRandom.nextInt(2, 11));
        if (informationRandom.nextInt(400) == 0) {
            adopted = submitted.minusDays(1);
        }
        // 编号, 工号, 报送日期, 标题, 采用情况, 采用日期
        w.row("XX-" + submitted.getYear() + "-" + n, p.id, submitted, "政务信息" + n, adoption, adopted);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
