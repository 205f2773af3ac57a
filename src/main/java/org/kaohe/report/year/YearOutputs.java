package org.kaohe.report.year;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.report.xlsx.SectionPasswords;
import org.kaohe.report.xlsx.SectionWorkbooks;
import org.kaohe.year.YearOutcome;

/** Everything a year run writes into {@code output/<YYYY>/}. */
public final class YearOutputs {

    private YearOutputs() {
    }

    /** The year's files: results, award payroll, HR's workbook, the folder of section workbooks, the 公示 draft. */
    public static List<String> fileNames(int year) {
        return List.of(YearResultsCsv.fileName(year), AwardPayrollCsv.fileName(year), YearWorkbook.fileName(year),
                SectionWorkbooks.FOLDER, PublicityDocx.fileName(year));
    }

    /**
     * Writes the year's files into {@code folder} (a staging folder: see {@code publish.Publication}).
     *
     * @param passwords the section workbooks' passwords ({@code --protect}), covering every section, or null
     */
    public static void write(YearReport report, Path folder, SectionPasswords passwords) throws IOException {
        YearOutcome outcome = report.outcome();
        int year = report.year();
        YearResultsCsv.write(folder.resolve(YearResultsCsv.fileName(year)), outcome.people());
        AwardPayrollCsv.write(folder.resolve(AwardPayrollCsv.fileName(year)), outcome.people());
        new YearWorkbook(report).write(folder.resolve(YearWorkbook.fileName(year)));
        new YearSectionWorkbooks(report).write(folder.resolve(SectionWorkbooks.FOLDER), passwords);
        new PublicityDocx(report).write(folder.resolve(PublicityDocx.fileName(year)));
    }
}
