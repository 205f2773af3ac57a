package org.kaohe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of a {@code kaohe run}: the batch job and its repository. */
@SpringBootApplication(scanBasePackages = "org.kaohe.batch")
public class KaoheApplication {
}
