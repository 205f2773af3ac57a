package org.kaohe.cli;

import java.nio.file.Path;
import org.kaohe.common.Messages;
import org.kaohe.rules.Rules;
import org.kaohe.rules.RulesException;
import org.kaohe.rules.RulesLoader;
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

    /** The rules file, read and checked before anything runs: a file that cannot be used is a set-up mistake. */
    Rules loadRules() throws UsageException {
        try {
            return RulesLoader.load(rules);
        } catch (RulesException e) {
            throw new UsageException(e.reason());
        }
    }
}
