package org.kaohe.report.year;

import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kaohe.common.IdOrder;
import org.kaohe.common.Messages;
import org.kaohe.report.xlsx.Form;
import org.kaohe.year.PersonYear;
import org.kaohe.year.YearOutcome;
import org.kaohe.year.YearRules;

/**
 * What the year's workbooks and 公示 need: the outcome, the rules it was computed with, the 单位 (rules.yml
 * {@code office.name}), the run each month came from, and the report language.
 */
public record YearReport(YearOutcome outcome, YearRules rules, String office, Map<YearMonth, Long> monthRuns,
                         Messages messages) {

    /** Highest 年度得分 first (exact), then 工号: how a section chief reads their people. */
    static final Comparator<PersonYear> BY_SCORE = Comparator.comparing((PersonYear p) -> p.tally().yearScore())
            .reversed().thenComparing(PersonYear::employeeId, IdOrder.NATURAL);

    public YearReport {
        monthRuns = new TreeMap<>(monthRuns);
    }

    public int year() {
        return outcome.year().getValue();
    }

    /** The people by section (sections as a Chinese index sorts them, by pinyin), each by {@link #BY_SCORE}. */
    Map<String, List<PersonYear>> bySection() {
        Map<String, List<PersonYear>> sections = new TreeMap<>(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        outcome.people().forEach(p -> sections.computeIfAbsent(p.tally().section(), s -> new ArrayList<>())
                .add(p));
        sections.values().forEach(list -> list.sort(BY_SCORE));
        return sections;
    }

    /** 2026年度, or 2026年度（截至 11 月） for a preview. */
    String period() {
        String period = messages.get("year.book.period", String.valueOf(year()));
        if (!outcome.preview()) {
            return period;
        }
        return period + messages.get("year.book.preview", String.valueOf(lastMonth()));
    }

    /** The last month run, for 截至 N 月. */
    int lastMonth() {
        List<YearMonth> run = outcome.monthsRun();
        return run.isEmpty() ? 0 : run.get(run.size() - 1).getMonthValue();
    }

    /** {单位}{2026年度}{表名}. */
    String title(String key) {
        return Form.title(messages, office, period(), key);
    }
}
