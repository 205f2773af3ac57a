package org.kaohe.batch;

import java.time.LocalDateTime;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The year job's parameters: a year instance is identified by the year and the fingerprint of the month runs and
 * rules it reads, so the same year from the same months is refused as already done; a rerun adds its timestamp.
 */
final class YearJobParameters {

    static final String YEAR = "year";
    static final String FINGERPRINT = "fingerprint";
    static final String RERUN = "rerun";
    static final String OUTPUT = "output";
    static final String RULES = "rules";
    static final String LANG = "lang";
    static final String PROTECT = "protect";

    private YearJobParameters() {
    }

    static JobParameters of(YearRequest r, YearInputs inputs) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(YEAR, r.year().toString(), true)
                .addString(FINGERPRINT, inputs.fingerprint(), true)
                .addString(OUTPUT, r.output().toAbsolutePath().toString(), false)
                .addString(RULES, r.rules().toAbsolutePath().toString(), false)
                .addString(LANG, r.lang(), false);
        if (r.protect() != null) {
            b.addString(PROTECT, r.protect().toAbsolutePath().toString(), false);
        }
        if (r.rerun()) {
            b.addString(RERUN, LocalDateTime.now().toString(), true);
        }
        return b.toJobParameters();
    }
}
