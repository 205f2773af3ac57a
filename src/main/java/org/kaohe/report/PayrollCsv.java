package org.kaohe.report;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.evaluation.PersonResult;

/** {@code payroll-<YYYY-MM>.csv}: 工号, 姓名, 科室, 绩效工资 for the payroll system, sorted by 工号. */
public final class PayrollCsv {

    public static final List<String> HEADER = List.of("工号", "姓名", "科室", "绩效工资");

    private PayrollCsv() {
    }

    public static void write(Path file, List<PersonResult> results) throws IOException {
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(HEADER);
            for (PersonResult r : results) {
                csv.row(List.of(text(r.staff().id()), text(r.staff().name()), text(r.staff().section()),
                        number(Numbers.points(r.pay()))));
            }
        }
    }
}
