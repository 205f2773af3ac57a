package org.kaohe.report;

import static org.kaohe.report.CsvFile.number;
import static org.kaohe.report.CsvFile.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaohe.common.Messages;
import org.kaohe.input.Rejection;

/** {@code rejected-<YYYY-MM>.csv}: every rejected row with file, sheet, row, column, value and reason. */
public final class RejectedCsv {

    private RejectedCsv() {
    }

    public static void write(Path file, List<Rejection> rejections, Messages messages) throws IOException {
        try (CsvFile csv = new CsvFile(file)) {
            csv.header(List.of(messages.get("report.rejected.file"), messages.get("report.rejected.sheet"),
                    messages.get("report.rejected.row"), messages.get("report.rejected.column"),
                    messages.get("report.rejected.value"), messages.get("report.rejected.reason")));
            for (Rejection r : rejections) {
                csv.row(List.of(text(r.source().file()), text(r.source().sheet()),
                        number(String.valueOf(r.source().row())), text(r.column()), text(ShownValue.of(r, messages)),
                        text(ShownValue.reason(r, messages))));
            }
        }
    }
}
