package org.kaohe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of a {@code kaohe run}: the batch job, its repository and the run history. */
@SpringBootApplication(scanBasePackages = {"org.kaohe.batch", "org.kaohe.history"})
public class KaoheApplication {
}
