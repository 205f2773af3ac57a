package org.kaohe.report.year;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.report.CsvFile;
import org.kaohe.year.PersonYear;

/** {@code award-payroll-<YYYY>.csv}: 工号, 姓名, 科室, 考核奖 for the payroll system, by 工号. */
public final class AwardPayrollCsv {

    public static final List<String> HEADER = List.of("工号", "姓名", "科室", "考核奖");

    private AwardPayrollCsv() {
    }

    public static String fileName(int year) {
        return "award-payroll-" + year + ".csv";
    }

    public static void write(Path file, List<PersonYear> people) throws IOException {
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(HEADER);
            for (PersonYear p : people) {
                csv.row(List.of(text(p.tally().employeeId()), text(p.tally().name()), text(p.tally().section()),
                        YearResultsCsv.bonus(p)));
            }
        }
    }
}
