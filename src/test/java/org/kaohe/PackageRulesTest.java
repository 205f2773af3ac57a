package org.kaohe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules are plain Java: they never reach for the job, the command line, the reports or Spring. */
class PackageRulesTest {

    private static final List<String> RULE_PACKAGES = List.of("common", "input", "calendar", "staff", "attendance",
            "overtime", "discipline", "scoring", "pay", "section", "rules", "evaluation");

    @Test
    void rulePackagesImportNeitherBatchNorCliNorReportNorSpring() throws IOException {
        for (String pkg : RULE_PACKAGES) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/kaohe", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readAllLines(f)).as(f.toString())
                            .noneMatch(line -> line.matches("import (static )?org\\.(kaohe\\.(batch|cli|report)|springframework)\\..*"));
                }
            }
        }
    }
}
