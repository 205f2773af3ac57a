package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaohe.FileTrees;
import org.kaohe.SmallMonth;

/**
 * The output folder is Kaohe's alone: a run into the project, the input folder, the rules folder, the root of the
 * disk, a file, or a folder holding someone else's file is refused with exit 2 and one plain sentence before
 * anything is computed or created, and not one file anywhere in the test's folder changes. ({@code --output .} and
 * {@code --output ''} run from a copy of the project are in {@code OutputFolderIT}: before the fix they moved the
 * working folder's files, so they run in a child process whose working folder is a copy.)
 */
class OutputFolderSafetyTest extends SmallMonthFolderTest {

    private static final String KEEP_OUT = "为免移动或覆盖那里的文件，本次不运行；请把输出放到别处（例如 output/<月份>）";

    @Test
    void theProjectFolderAsOutputIsRefusedAndNothingInItMoves() throws IOException {
        // a copy of the project: its own input and jobs folders, sources, git and launcher
        Path project = Files.createDirectories(dir.resolve("project"));
        Path projectInput = Files.createDirectories(project.resolve("input").resolve("2026-10"));
        SmallMonth.writeTo(projectInput);
        FileTrees.copy(Path.of("jobs"), project.resolve("jobs"));
        Files.writeString(Files.createDirectories(project.resolve("src")).resolve("Main.java"), "class Main {}");
        Files.writeString(Files.createDirectories(project.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main");
        Files.writeString(project.resolve("kaohe"), "#!/bin/sh");

        assertRefusedAndUntouched(new String[] {"run", "--month", "2026-10", "--input", projectInput.toString(),
                "--rules", project.resolve("jobs/rules.yml").toString(), "--output", project.toString()},
                "输出文件夹 " + project + " 包含了输入文件夹 " + projectInput.toRealPath() + "。" + KEEP_OUT);
    }

    @Test
    void theMonthsInputFolderAsOutputIsRefused() throws IOException {
        assertRefusedAndUntouched(args(input), "输出文件夹 " + input + " 就是输入文件夹。" + KEEP_OUT);
    }

    @Test
    void aFolderInsideTheRulesFolderIsRefused() throws IOException {
        Path jobs = dir.resolve("jobs");
        FileTrees.copy(Path.of("jobs"), jobs);
        Path inJobs = jobs.resolve("2026-10");
        String[] args = Stream.concat(Stream.of(args(inJobs)),
                Stream.of("--rules", jobs.resolve("rules.yml").toString())).toArray(String[]::new);

        assertRefusedAndUntouched(args, "输出文件夹 " + inJobs + " 位于规则文件所在的文件夹 " + jobs.toRealPath() + " 之内。"
                + KEEP_OUT);
    }

    @Test
    void theRootOfTheDiskIsRefusedInAPlainSentence() throws IOException {
        Path root = dir.getRoot();
        assertRefusedAndUntouched(args(root), "输出文件夹不能是磁盘的根目录 " + root + "，请指定一个专门存放考核结果的文件夹");
    }

    @Test
    void aFileWhereTheMonthsFolderShouldBeIsRefusedBeforeTheMonthIsComputed() throws IOException {
        Files.createDirectories(output.getParent());
        Files.writeString(output, "a file named like the month's folder");

        assertRefusedAndUntouched(args(output), "输出文件夹 " + output + " 无法创建：" + output
                + " 是一个文件而不是文件夹。请换一个输出文件夹，或移走这个文件");
        try (Stream<Path> root = Files.list(output.getParent())) {
            assertThat(root).containsExactly(output);
        }
    }

    @Test
    void aRerunIntoAFolderWhereSomeoneAddedAFileIsRefusedAndMovesNothing() throws IOException {
        assertThat(run().exitCode()).isZero();
        Files.writeString(output.resolve("科长的批注.docx"), "notes");

        assertRefusedAndUntouched(args(output, "--rerun"), "输出文件夹 " + output
                + " 里有不是考核程序写入的内容（科长的批注.docx）。为免移动或覆盖它，本次不运行；请换一个空的输出文件夹，或把它移走");
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedInEnglishWithLangEn() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve("budget.xlsx"), "someone else's");

        assertRefusedAndUntouched(args(output, "--lang", "en"), "The output folder " + output
                + " holds something Kaohe did not write there (budget.xlsx). Nothing was run, so that it is not moved"
                + " or overwritten; choose an empty output folder or move it away");
    }

    private String[] args(Path out, String... extra) {
        return Stream.concat(Stream.of("run", "--month", "2026-10", "--input", input.toString(), "--output",
                out.toString()), Stream.of(extra)).toArray(String[]::new);
    }

    private void assertRefusedAndUntouched(String[] args, String message) throws IOException {
        Map<String, String> before = FileTrees.snapshot(dir);
        Captured c = Captured.run(args);
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).containsExactly(message);
        assertThat(c.out()).isEmpty();
        assertThat(FileTrees.snapshot(dir)).as("every file and folder under the test's folder").isEqualTo(before);
    }
}
