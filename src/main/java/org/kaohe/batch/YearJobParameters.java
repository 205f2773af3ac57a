package org.kaohe.batch;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The year job's parameters ({@link RunParameters}): a year instance is identified by the year and the fingerprint
 * of the month runs it reads and the rules; the password file does not identify it.
 */
final class YearJobParameters {

    static final String YEAR = "year";
    /** The password file's path only, never a password; not identifying, like the folders. */
    static final String PROTECT = "protect";

    private YearJobParameters() {
    }

    static JobParameters of(YearRequest r, YearInputs inputs) {
        JobParametersBuilder b = RunParameters.of(YEAR, r.year().toString(), inputs.fingerprint(), r.output(),
                r.rules(), r.lang(), r.rerun());
        if (r.protect() != null) {
            b.addString(PROTECT, r.protect().toAbsolutePath().toString(), false);
        }
        return b.toJobParameters();
    }
}
