package org.kaohe.batch;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The year job's parameters ({@link RunParameters}): a year instance is identified by the year and the fingerprint
 * of the month runs and rules it reads.
 */
final class YearJobParameters {

    static final String YEAR = "year";

    private YearJobParameters() {
    }

    static JobParameters of(YearRequest r, YearInputs inputs) {
        return RunParameters.of(YEAR, r.year().toString(), inputs.fingerprint(), r.output(), r.rules(), r.lang(),
                r.rerun()).toJobParameters();
    }
}
