package org.kaohe.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What the month's and the year's job parameters have in common: an instance is identified by its period (the
 * month or the year) and the fingerprint of what it reads and the rules, so the same again is refused as already
 * done; a rerun adds its own identifying timestamp. The folders, rules file and language do not identify a run.
 */
final class RunParameters {

    static final String FINGERPRINT = "fingerprint";
    static final String RERUN = "rerun";
    static final String OUTPUT = "output";
    static final String RULES = "rules";
    static final String LANG = "lang";

    private RunParameters() {
    }

    static JobParametersBuilder of(String periodKey, String period, String fingerprint, Path output, Path rules,
                                   String lang, boolean rerun) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(periodKey, period, true)
                .addString(FINGERPRINT, fingerprint, true)
                .addString(OUTPUT, output.toAbsolutePath().toString(), false)
                .addString(RULES, rules.toAbsolutePath().toString(), false)
                .addString(LANG, lang, false);
        if (rerun) {
            b.addString(RERUN, LocalDateTime.now().toString(), true);
        }
        return b;
    }
}
