package org.kaohe.report.year;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.kaohe.common.Messages;
import org.kaohe.history.VetoCause;
import org.kaohe.input.Reasons;
import org.kaohe.year.PersonMonth;

/**
 * A vetoed month in words, naming the row that caused it (SPEC §6): "3 月一票否决：工作日饮酒，findings.xlsx
 * 工作表“第二轮督查”第4行". A month whose run did not record the cause says so rather than guessing.
 */
public final class VetoReason {

    private VetoReason() {
    }

    public static String of(PersonMonth month, Messages m) {
        return in("year.veto.month", month, m);
    }

    /**
     * The vetoed month by the pattern {@code key}: {0} the month's number (3 月), {1} its English name (March), {2}
     * its causes; the explanation and the grade's reason word it alike.
     */
    static String in(String key, PersonMonth month, Messages m) {
        Month mo = month.month().getMonth();
        return m.get(key, String.valueOf(mo.getValue()), mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                causes(month, m));
    }

    /** The month's causes without the month: 工作日饮酒，findings.xlsx 工作表“第二轮督查”第4行. */
    static String causes(PersonMonth month, Messages m) {
        List<VetoCause> causes = month.vetoCauses();
        return causes == null ? m.get("year.veto.unknown") : String.join(m.get("year.veto.separator"),
                causes.stream().map(c -> cause(c, m)).toList());
    }

    private static String cause(VetoCause c, Messages m) {
        String reason = m.english() ? c.reasonEn() : c.reason();
        return c.source() == null ? reason : m.get("year.veto.cause", reason, m.get(Reasons.where(c.source())));
    }
}
