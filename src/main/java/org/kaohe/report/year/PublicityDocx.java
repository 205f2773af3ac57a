package org.kaohe.report.year;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.kaohe.common.Messages;
import org.kaohe.report.docx.OfficialDocx;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearGrade;

/**
 * {@code publicity-<YYYY>.docx}: the draft 年度考核优秀等次拟定人选公示 as an {@link OfficialDocx}: the issuing
 * office as a placeholder, the title (截至 N 月 in a preview), the 优秀 people by section in the quota's order, the
 * 公示期 in working days from the rules with its dates left for HR (the day it is posted is HR's), a contact line to
 * fill in, signer and date.
 */
public final class PublicityDocx {

    private final YearReport report;
    private final Messages m;

    public PublicityDocx(YearReport report) {
        this.report = report;
        this.m = report.messages();
    }

    public static String fileName(int year) {
        return "publicity-" + year + ".docx";
    }

    public void write(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            compose(new OfficialDocx(docx, m.get("year.publicity.latin").equals("yes")));
            docx.write(out);
        }
    }

    private void compose(OfficialDocx doc) {
        String year = String.valueOf(report.year());
        doc.masthead(m.get("year.publicity.issuer"), null);
        doc.title(report.outcome().preview()
                ? m.get("year.publicity.title_preview", year, String.valueOf(report.lastMonth()))
                : m.get("year.publicity.title", year));
        doc.blank(ParagraphAlignment.LEFT);
        doc.line(m.get("year.publicity.to"), ParagraphAlignment.LEFT);
        Map<String, List<PersonYear>> sections = report.bySection();
        long excellent = report.outcome().people().stream().filter(p -> p.grade() == YearGrade.EXCELLENT).count();
        if (excellent == 0) {
            doc.body(m.get("year.publicity.none", year));
        } else {
            doc.body(m.get("year.publicity.opening", year, String.valueOf(excellent)));
        }
        if (report.outcome().preview()) {
            doc.body(m.get("year.publicity.preview", String.valueOf(report.lastMonth()),
                    String.join(m.get("year.summary.separator"), report.outcome().missingMonths().stream()
                            .map(YearMonth::toString).toList())));
        }
        sections.forEach((section, people) -> {
            List<String> names = people.stream().filter(p -> p.grade() == YearGrade.EXCELLENT)
                    .sorted(Comparator.comparingInt(p -> p.quotaPosition().rank()))
                    .map(p -> p.tally().name()).toList();
            if (!names.isEmpty()) {
                doc.body(m.get("year.publicity.section", section, String.valueOf(names.size()),
                        String.join(m.get("year.publicity.name_separator"), names)));
            }
        });
        doc.body(m.get("year.publicity.period", String.valueOf(report.rules().publicityDays())));
        doc.body(m.get("year.publicity.contact"));
        doc.blank(ParagraphAlignment.RIGHT);
        doc.line(m.get("year.publicity.signer"), ParagraphAlignment.RIGHT);
        doc.line(m.get("year.publicity.date"), ParagraphAlignment.RIGHT);
    }
}
