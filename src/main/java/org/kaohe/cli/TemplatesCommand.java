package org.kaohe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;
import org.kaohe.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kaohe templates}: a blank workbook for every input kind; files already there are kept. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "生成各类输入的空白模板（xlsx）")
final class TemplatesCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "DIR", description = "模板文件夹（默认 templates）")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "语言 / language: zh, en")
    String lang;

    @Override
    public Integer call() {
        Console console = new Console(Messages.forLang(lang));
        Path dir = output != null ? output : Templates.DEFAULT_DIR;
        List<Templates.Outcome> outcomes;
        try {
            outcomes = Templates.write(dir, console.messages());
        } catch (IOException e) {
            console.error(Msg.of("template.cannot_write", dir.toString(), String.valueOf(e.getMessage())));
            return ExitCode.FAILED;
        }
        for (Templates.Outcome o : outcomes) {
            console.say(Msg.of(o.written() ? "template.written" : "template.kept", o.file().toString()));
        }
        console.say(Msg.of("template.done", dir.toString()));
        return ExitCode.DONE;
    }
}
