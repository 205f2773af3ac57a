package org.kaohe.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaohe.attendance.AttendanceEvent;
import org.kaohe.attendance.AttendanceResult;
import org.kaohe.common.Msg;

/**
 * SPEC §3.5–3.6: start at 100, subtract deductions, add bonuses (overtime, commendations and adoptions together at
 * most the bonus cap), clamp; veto on 旷工 of
 * {@code vetoAbsenceDays} or more besides the discipline vetoes.
 */
public final class ScoreCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final ScoreRules rules;

    public ScoreCalculator(ScoreRules rules) {
        this.rules = rules;
    }

    /**
     * @param otherLines discipline and per-claim overtime lines
     * @param overtimePoints the month's overtime points after the overtime cap (加班加分)
     * @param otherVetoes vetoes from errors and findings
     */
    public ScoreCard score(AttendanceResult attendance, List<ScoreLine> otherLines, BigDecimal overtimePoints,
                           List<Veto> otherVetoes) {
        List<ScoreLine> lines = attendanceLines(attendance);
        lines.addAll(otherLines);
        Map<ScoreColumn, BigDecimal> totals = new EnumMap<>(ScoreColumn.class);
        for (ScoreColumn c : ScoreColumn.values()) {
            totals.put(c, BigDecimal.ZERO);
        }
        for (ScoreLine line : lines) {
            totals.merge(line.column(), line.points(), BigDecimal::add);
        }
        totals.put(ScoreColumn.OVERTIME, overtimePoints);
        BigDecimal bonus = totals.entrySet().stream().filter(t -> t.getKey().bonus()).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add).min(rules.bonusCap());
        BigDecimal score = rules.start().subtract(ScoreCard.deductionsOf(totals)).add(bonus)
                .max(rules.min()).min(rules.max());
        List<Veto> vetoes = new ArrayList<>(otherVetoes);
        if (attendance.absentDays().compareTo(rules.vetoAbsenceDays()) >= 0) {
            String days = attendance.absentDays().stripTrailingZeros().toPlainString();
            vetoes.add(new Veto(Msg.of("scoring.veto_absence", days), Msg.of("scoring.absence_cause", days), null));
        }
        return new ScoreCard(List.copyOf(lines), totals, bonus, score, List.copyOf(vetoes));
    }

    private List<ScoreLine> attendanceLines(AttendanceResult attendance) {
        List<ScoreLine> lines = new ArrayList<>();
        Map<LocalDate, List<AttendanceEvent>> absences = new LinkedHashMap<>();
        for (AttendanceEvent e : attendance.events()) {
            LocalDate date = e.boundary().toLocalDate();
            String time = e.boundary().toLocalTime().toString();
            switch (e.kind()) {
                case LATE -> lines.add(line(rules.late(), date,
                        Msg.of("scoring.late", date, time, String.valueOf(e.minutes())), e));
                case EARLY -> lines.add(line(rules.early(), date,
                        Msg.of("scoring.early", date, time, String.valueOf(e.minutes())), e));
                case MISSING -> lines.add(line(rules.missingPunch(), date, Msg.of("scoring.missing", date, time), e));
                case ABSENT -> absences.computeIfAbsent(date, d -> new ArrayList<>()).add(e);
            }
        }
        absences.forEach((date, events) -> {
            BigDecimal days = events.stream().map(AttendanceEvent::absentDays)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).min(BigDecimal.ONE);
            AttendanceEvent first = events.get(0);
            // a segment without any punch has no minutes; late/early beyond the 迟到 band has them
            Msg cause = first.minutes() == 0
                    ? Msg.of("scoring.absent_no_punch", date, plain(days))
                    : Msg.of("scoring.absent_late_early", date, plain(days), String.valueOf(first.minutes()));
            lines.add(line(days.multiply(TWO).multiply(rules.absencePerHalfDay()), date, cause, first));
        });
        return lines;
    }

    private static ScoreLine line(BigDecimal points, LocalDate date, Msg cause, AttendanceEvent e) {
        return new ScoreLine(ScoreColumn.ATTENDANCE, points, date, cause, e.source());
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
