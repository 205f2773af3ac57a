package org.kaohe.batch;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The monthly job's parameters ({@link RunParameters}): a month instance is identified by the month and the
 * fingerprint of its inputs and rules; the input folder and the password file do not identify it.
 */
public final class MonthJobParameters {

    static final String MONTH = "month";
    static final String INPUT = "input";
    /** The password file's path only, never a password; not identifying, like the folders. */
    static final String PROTECT = "protect";

    private MonthJobParameters() {
    }

    static JobParameters of(MonthRequest r) {
        JobParametersBuilder b = RunParameters.of(MONTH, r.month().toString(), r.inputs().fingerprint(), r.output(),
                r.rules(), r.lang(), r.rerun())
                .addString(INPUT, r.input().toAbsolutePath().toString(), false);
        if (r.protect() != null) {
            b.addString(PROTECT, r.protect().toAbsolutePath().toString(), false);
        }
        return b.toJobParameters();
    }
}
