package org.kaohe.batch;

import java.time.LocalDateTime;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job's parameters. A month instance is identified by the month and the fingerprint of its inputs and rules, so
 * the same month with the same inputs is refused as already done, and a rerun adds its own identifying timestamp.
 */
public final class MonthJobParameters {

    static final String MONTH = "month";
    static final String FINGERPRINT = "fingerprint";
    static final String RERUN = "rerun";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RULES = "rules";
    static final String LANG = "lang";
    /** The password file's path only, never a password; not identifying, like the folders. */
    static final String PROTECT = "protect";

    private MonthJobParameters() {
    }

    static JobParameters of(MonthRequest r) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString(MONTH, r.month().toString(), true)
                .addString(FINGERPRINT, r.inputs().fingerprint(), true)
                .addString(INPUT, r.input().toAbsolutePath().toString(), false)
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
