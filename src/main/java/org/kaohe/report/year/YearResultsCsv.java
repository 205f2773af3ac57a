package org.kaohe.report.year;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.report.CsvFile;
import org.kaohe.report.Numbers;
import org.kaohe.scoring.Grade;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearTally;

/** {@code year-results-<YYYY>.csv} (SPEC §6): one row per person by 工号, the header exactly as the spec gives it. */
public final class YearResultsCsv {

    public static final List<String> HEADER = List.of("工号", "姓名", "科室", "参评月数", "好", "较好", "一般", "较差",
            "一票否决月数", "月均得分", "值班脱岗次数", "信息省录用", "信息市录用", "信息扣分", "年度得分", "年度等次", "奖励",
            "考核奖");

    private YearResultsCsv() {
    }

    public static String fileName(int year) {
        return "year-results-" + year + ".csv";
    }

    public static void write(Path file, List<PersonYear> people) throws IOException {
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(HEADER);
            for (PersonYear p : people) {
                YearTally t = p.tally();
                csv.row(List.of(text(t.employeeId()), text(t.name()), text(t.section()), count(t.gradedMonths()),
                        count(t.months(Grade.EXCELLENT)), count(t.months(Grade.GOOD)), count(t.months(Grade.FAIR)),
                        count(t.months(Grade.POOR)), count(t.vetoMonths().size()),
                        number(t.monthlyMean().rounded(2).toPlainString()), count(t.dutyAbsences()),
                        count(t.provinceAdoptions()), count(t.cityAdoptions()),
                        number(Numbers.points(t.informationCharge())),
                        number(t.yearScore().rounded(2).toPlainString()), text(p.grade().zh()),
                        text(p.award() == null ? "" : p.award().zh()), bonus(p)));
            }
        }
    }

    private static CsvFile.Cell count(int n) {
        return number(String.valueOf(n));
    }

    /** Empty when the 绩效基数 was never recorded: unknown, not 0. */
    static CsvFile.Cell bonus(PersonYear p) {
        return number(p.bonus() == null ? "" : Numbers.points(p.bonus()));
    }
}
