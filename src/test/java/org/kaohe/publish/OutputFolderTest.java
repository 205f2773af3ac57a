package org.kaohe.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.common.Msg;

/** Which output folders a run refuses before it computes or creates anything, and what it says. */
class OutputFolderTest {

    @TempDir
    Path dir;

    private Path input;
    private Path rules;

    /** What the run command passes: the names of the month's own outputs. */
    private static final Set<String> OUTPUTS = Set.of("results-2026-10.csv", "sections", "changes-2026-10.csv");

    @BeforeEach
    void project() throws IOException {
        dir = dir.toRealPath();
        input = Files.createDirectories(dir.resolve("input").resolve("2026-10"));
        Files.writeString(input.resolve("staff.csv"), "工号");
        rules = Files.writeString(Files.createDirectories(dir.resolve("jobs")).resolve("rules.yml"), "");
    }

    private String refusal(Path output) throws IOException {
        Optional<Msg> msg = OutputFolder.refusal(output, input, rules, OUTPUTS);
        return msg.map(Messages.forLang("zh")::get).orElse("accepted");
    }

    @Test
    void aNewOrEmptyFolderBesideTheInputIsAccepted() throws IOException {
        assertThat(refusal(dir.resolve("output").resolve("2026-10"))).isEqualTo("accepted");
        assertThat(refusal(Files.createDirectories(dir.resolve("out").resolve("2026-10")))).isEqualTo("accepted");
    }

    @Test
    void theInputFolderItsParentAndAFolderInsideItAreRefused() throws IOException {
        assertThat(refusal(input)).isEqualTo("输出文件夹 " + input + " 就是输入文件夹。"
                + "为免移动或覆盖那里的文件，本次不运行；请把输出放到别处（例如 output/<月份>）");
        assertThat(refusal(dir.resolve("input"))).isEqualTo("输出文件夹 " + dir.resolve("input") + " 包含了输入文件夹 "
                + input + "。为免移动或覆盖那里的文件，本次不运行；请把输出放到别处（例如 output/<月份>）");
        assertThat(refusal(input.resolve("out"))).isEqualTo("输出文件夹 " + input.resolve("out") + " 位于输入文件夹 "
                + input + " 之内。为免移动或覆盖那里的文件，本次不运行；请把输出放到别处（例如 output/<月份>）");
    }

    @Test
    void theProjectFolderTheRulesFolderAndALinkToTheInputAreRefused() throws IOException {
        // --output . in a copy of the project holds the input folder
        assertThat(refusal(dir)).startsWith("输出文件夹 " + dir + " 包含了输入文件夹 " + input + "。");
        assertThat(refusal(dir.resolve("jobs"))).startsWith("输出文件夹 " + dir.resolve("jobs") + " 就是规则文件所在的文件夹。");
        assertThat(refusal(dir.resolve("jobs").resolve("calendar")))
                .startsWith("输出文件夹 " + dir.resolve("jobs").resolve("calendar") + " 位于规则文件所在的文件夹 "
                        + dir.resolve("jobs") + " 之内。");
        Path link = Files.createSymbolicLink(dir.resolve("link"), input);
        assertThat(refusal(link.resolve("2026-10"))).startsWith("输出文件夹 " + link.resolve("2026-10")
                + " 位于输入文件夹 " + input + " 之内。");
    }

    @Test
    void aBlankPathAndTheRootOfTheDiskAreRefused() throws IOException {
        assertThat(refusal(Path.of(""))).isEqualTo("输出文件夹（--output）不能为空");
        Path root = dir.getRoot();
        assertThat(refusal(root)).isEqualTo("输出文件夹不能是磁盘的根目录 " + root + "，请指定一个专门存放考核结果的文件夹");
    }

    @Test
    void aFileWhereTheFolderOrOneAboveItShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("output")).resolve("2026-10"), "x");
        assertThat(refusal(file)).isEqualTo("输出文件夹 " + file + " 无法创建：" + file
                + " 是一个文件而不是文件夹。请换一个输出文件夹，或移走这个文件");
        assertThat(refusal(file.resolve("sub"))).isEqualTo("输出文件夹 " + file.resolve("sub") + " 无法创建：" + file
                + " 是一个文件而不是文件夹。请换一个输出文件夹，或移走这个文件");
    }

    @Test
    void aFolderHoldingAnythingItsManifestDoesNotListIsRefused() throws IOException {
        Path out = Files.createDirectories(dir.resolve("output").resolve("2026-10"));
        Files.writeString(out.resolve("report.csv"), "someone's report");
        String foreign = "输出文件夹 " + out + " 里有不是考核程序写入的内容（report.csv）。"
                + "为免移动或覆盖它，本次不运行；请换一个空的输出文件夹，或把它移走";
        assertThat(refusal(out)).as("no manifest: only the month's own output names are Kaohe's").isEqualTo(foreign);

        Files.move(out.resolve("report.csv"), out.resolve("kept.csv"));
        Manifest.write(out, 7);
        assertThat(refusal(out)).isEqualTo("accepted");
        Files.writeString(out.resolve("我的笔记.docx"), "notes");
        assertThat(refusal(out)).isEqualTo("输出文件夹 " + out + " 里有不是考核程序写入的内容（我的笔记.docx）。"
                + "为免移动或覆盖它，本次不运行；请换一个空的输出文件夹，或把它移走");
    }

    @Test
    void aMonthFolderPublishedBeforeManifestsIsAcceptedWhenItHoldsOnlyTheMonthsOutputs() throws IOException {
        Path out = Files.createDirectories(dir.resolve("output").resolve("2026-10"));
        Files.writeString(out.resolve("results-2026-10.csv"), "earlier results");
        Files.createDirectories(out.resolve("sections"));
        Files.createDirectories(out.resolve("previous-20261101-090000"));
        assertThat(refusal(out)).isEqualTo("accepted");

        Files.writeString(out.resolve("results-2026-09.csv"), "another month's results");
        assertThat(refusal(out)).isEqualTo("输出文件夹 " + out + " 里有不是考核程序写入的内容（results-2026-09.csv）。"
                + "为免移动或覆盖它，本次不运行；请换一个空的输出文件夹，或把它移走");
    }

    @Test
    void theMessagesAreInEnglishWithLangEn() throws IOException {
        assertThat(OutputFolder.refusal(input, input, rules, OUTPUTS).map(Messages.forLang("en")::get)).contains(
                "The output folder " + input + " is the input folder. Nothing was run, so that no file there is "
                        + "moved or overwritten; put the outputs elsewhere (e.g. output/<month>)");
    }
}
