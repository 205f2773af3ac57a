package org.kaohe.discipline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Msg;
import org.kaohe.scoring.ScoreColumn;
import org.kaohe.scoring.ScoreLine;

/**
 * SPEC §2.9, §3.5: a 公文 not done by the end of its time limit is one BACKLOG. The limit counts working days from
 * the working day of receipt: a document received on a non-working day, or after that day's last segment ended,
 * counts as received on the next working day. A limit of N working days ends when the last segment of the N-th
 * working day after that day ends (N = 0: the same working day, 特急). Done exactly at that moment is in time.
 *
 * <p>Month: the document is charged in the month its limit passes (done late in it, or still open at its end), and
 * once more in every later month at whose end it is still open (积压跨月). Done in a later month adds nothing: the
 * months it stayed open were charged already.
 */
public final class DocumentBacklog {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeadlineRules rules;
    private final YearMonth month;
    private final Predicate<LocalDate> workingDay;
    private final Function<LocalDate, LocalTime> closingTime;

    /** @param closingTime the end of a working day's last scheduled segment */
    public DocumentBacklog(DeadlineRules rules, YearMonth month, Predicate<LocalDate> workingDay,
                           Function<LocalDate, LocalTime> closingTime) {
        this.rules = rules;
        this.month = month;
        this.workingDay = workingDay;
        this.closingTime = closingTime;
    }

    /** The moment the document's time limit ends. */
    public LocalDateTime deadline(OfficialDocument d) {
        LocalDate day = d.receivedAt().toLocalDate();
        if (!workingDay.test(day) || !d.receivedAt().isBefore(day.atTime(closingTime.apply(day)))) {
            day = nextWorkingDay(day);
        }
        for (int i = 0; i < rules.documentLimitWorkingDays().get(d.urgency()); i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(closingTime.apply(day));
    }

    /** One BACKLOG line and violation per document of the person's charged in the month, in 文号 order. */
    public PersonDiscipline assess(String section, List<OfficialDocument> documents) {
        List<ScoreLine> lines = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        LocalDateTime monthStart = month.atDay(1).atStartOfDay();
        LocalDateTime monthEnd = month.plusMonths(1).atDay(1).atStartOfDay();
        for (OfficialDocument d : documents.stream()
                .sorted(Comparator.comparing(OfficialDocument::id, IdOrder.NATURAL)).toList()) {
            LocalDateTime deadline = deadline(d);
            if (!deadline.isBefore(monthEnd)) {
                continue;
            }
            boolean openAtMonthEnd = d.doneAt() == null || !d.doneAt().isBefore(monthEnd);
            boolean limitPassedThisMonth = !deadline.isBefore(monthStart);
            Msg what;
            LocalDate date;
            if (openAtMonthEnd) {
                what = Msg.of(limitPassedThisMonth ? "deadline.document_open" : "deadline.document_carried",
                        d.id(), d.urgency(), minute(d.receivedAt()), limit(d, deadline), month.atEndOfMonth());
                date = month.atEndOfMonth();
            } else if (limitPassedThisMonth && d.doneAt().isAfter(deadline)) {
                what = Msg.of("deadline.document_done", d.id(), d.urgency(), minute(d.receivedAt()),
                        limit(d, deadline), minute(d.doneAt()));
                date = d.doneAt().toLocalDate();
            } else {
                continue;
            }
            Msg charged = Msg.of("deadline.backlog", what, TaskDelay.plain(rules.backlogPoints()));
            lines.add(new ScoreLine(ScoreColumn.BACKLOG, rules.backlogPoints(), date, charged, d.source()));
            violations.add(new Violation(DontLet.BACKLOG, d.employeeId(), section, date, what,
                    rules.backlogPoints(), d.source()));
        }
        return new PersonDiscipline(lines, violations, List.of());
    }

    /** "收文当个工作日下班前（2026-10-12 17:30）" or "3 个工作日（2026-10-15 17:30 前）". */
    private Msg limit(OfficialDocument d, LocalDateTime deadline) {
        int days = rules.documentLimitWorkingDays().get(d.urgency());
        return days == 0 ? Msg.of("deadline.limit_same_day", minute(deadline))
                : Msg.of("deadline.limit_days", String.valueOf(days), minute(deadline));
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!workingDay.test(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static String minute(LocalDateTime t) {
        return t.format(MINUTE);
    }
}
