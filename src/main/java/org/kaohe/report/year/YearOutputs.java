package org.kaohe.report.year;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.year.YearOutcome;

/** Everything a year run writes into {@code output/<YYYY>/}. */
public final class YearOutputs {

    private YearOutputs() {
    }

    public static List<String> fileNames(int year) {
        return List.of(YearResultsCsv.fileName(year), AwardPayrollCsv.fileName(year));
    }

    public static void write(YearOutcome outcome, Path folder) throws IOException {
        int year = outcome.year().getValue();
        YearResultsCsv.write(folder.resolve(YearResultsCsv.fileName(year)), outcome.people());
        AwardPayrollCsv.write(folder.resolve(AwardPayrollCsv.fileName(year)), outcome.people());
    }
}
