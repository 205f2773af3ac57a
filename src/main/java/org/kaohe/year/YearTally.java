package org.kaohe.year;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kaohe.history.YearCounts;
import org.kaohe.scoring.Grade;

/**
 * What a person's months add up to before the grade ladder (SPEC §6): name and section from the latest month,
 * 绩效基数 and the information duty from the latest month that recorded them (null when none did); months per
 * monthly grade; the mean of the graded months' 得分 and the year's charges
 * (值班脱岗 charged again, pieces short of the information targets), exact. Months whose run recorded no counts are
 * listed in {@code unknownCountMonths} and add nothing to the counts.
 */
public record YearTally(String employeeId, String name, String section, BigDecimal payBase,
                        Boolean informationDuty, List<PersonMonth> months, Map<Grade, Integer> gradeMonths,
                        List<YearMonth> vetoMonths, int dutyAbsences, int provinceAdoptions, int cityAdoptions,
                        List<YearMonth> unknownCountMonths, Exact monthlyMean, BigDecimal dutyCharge,
                        BigDecimal informationCharge, Exact yearScore, BigDecimal totalDeductions) {

    /** One person's months of the year, in any order. */
    public static YearTally of(List<PersonMonth> personMonths, YearRules rules) {
        List<PersonMonth> months = personMonths.stream().sorted(Comparator.comparing(PersonMonth::month)).toList();
        PersonMonth latest = months.get(months.size() - 1);
        Map<Grade, Integer> gradeMonths = new EnumMap<>(Grade.class);
        List<YearMonth> vetoMonths = new ArrayList<>();
        List<YearMonth> unknown = new ArrayList<>();
        BigDecimal scores = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        int graded = 0;
        int duty = 0;
        int city = 0;
        int province = 0;
        int national = 0;
        for (PersonMonth m : months) {
            gradeMonths.merge(m.grade(), 1, Integer::sum);
            if (m.vetoed()) {
                vetoMonths.add(m.month());
            }
            if (m.graded()) {
                graded++;
                scores = scores.add(m.score());
                deductions = deductions.add(m.deductions());
            }
            YearCounts c = m.counts();
            if (c == null) {
                unknown.add(m.month());
            } else {
                duty += c.dutyAbsences();
                city += c.adoptionsCity();
                province += c.adoptionsProvince();
                national += c.adoptionsNational();
            }
        }
        Exact mean = graded == 0 ? Exact.ZERO : new Exact(scores, graded);
        int provinceLevel = province + national;
        int cityLevel = city + provinceLevel;
        BigDecimal dutyCharge = rules.dutyAbsentPoints().multiply(BigDecimal.valueOf(duty));
        BigDecimal infoCharge = BigDecimal.ZERO;
        BigDecimal payBase = latestKnown(months, PersonMonth::payBase);
        Boolean informationDuty = latestKnown(months, PersonMonth::informationDuty);
        if (Boolean.TRUE.equals(informationDuty) && graded >= rules.minGradedMonths()) {
            int piecesShort = Math.max(0, rules.provinceTarget() - provinceLevel)
                    + Math.max(0, rules.cityTarget() - cityLevel);
            infoCharge = rules.shortPiecePoints().multiply(BigDecimal.valueOf(piecesShort));
        }
        BigDecimal charges = dutyCharge.add(infoCharge);
        return new YearTally(latest.employeeId(), latest.name(), latest.section(), payBase, informationDuty, months,
                gradeMonths, List.copyOf(vetoMonths), duty, provinceLevel, cityLevel, List.copyOf(unknown), mean,
                dutyCharge, infoCharge, mean.minus(charges), deductions.add(charges));
    }

    private static <T> T latestKnown(List<PersonMonth> months, Function<PersonMonth, T> value) {
        for (int i = months.size() - 1; i >= 0; i--) {
            T v = value.apply(months.get(i));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public int gradedMonths() {
        return months.size() - months(Grade.NOT_RATED);
    }

    public int months(Grade grade) {
        return gradeMonths.getOrDefault(grade, 0);
    }

    /** The vetoed months, oldest first, each with its causes (null when its run did not record them). */
    public List<PersonMonth> vetoedMonths() {
        return months.stream().filter(PersonMonth::vetoed).toList();
    }

    /** The person's month, if its run had them. */
    public Optional<PersonMonth> month(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst();
    }

    public boolean vetoed() {
        return !vetoMonths.isEmpty();
    }
}
