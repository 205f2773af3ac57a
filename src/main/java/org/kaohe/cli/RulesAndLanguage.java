package org.kaohe.cli;

import java.nio.file.Path;
import org.kaohe.common.Messages;
import picocli.CommandLine.Option;

/** The options every command that computes shares (a picocli mixin), with the defaults of SPEC §5. */
class RulesAndLanguage {

    @Option(names = "--rules", paramLabel = "FILE", defaultValue = "jobs/rules.yml",
            description = "规则文件（默认 jobs/rules.yml）")
    Path rules;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "语言 / language: zh, en")
    String lang;

    Messages messages() {
        return Messages.forLang(lang);
    }
}
