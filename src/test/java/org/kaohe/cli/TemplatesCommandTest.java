package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.input.InputKind;

/** {@code kaohe templates [--output DIR]}: every kind's blank workbook, never overwriting one already there. */
class TemplatesCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneWorkbookPerKindAndKeepsThoseAlreadyThere() throws IOException {
        Path out = dir.resolve("模板");
        Captured first = Captured.run("templates", "--output", out.toString());
        assertThat(first.exitCode()).isEqualTo(0);
        assertThat(first.out()).containsExactlyElementsOf(Stream.concat(
                Stream.of(InputKind.values()).map(k -> "已生成 " + out.resolve(k.prefix() + ".xlsx")),
                Stream.of("空白模板在 " + out + "：填好后放进 input/<月份>/，可先用 kaohe validate --month <月份> --only <种类> 检查"))
                .toList());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(InputKind.values().length);
        }

        Captured again = Captured.run("templates", "--output", out.toString(), "--lang", "en");
        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(again.out()).startsWith("Already there, not overwritten: " + out.resolve("staff.xlsx"));
        assertThat(again.out()).endsWith("Blank templates are in " + out + ": put filled-in copies into "
                + "input/<month>/; check them first with kaohe validate --month <month> --only <kind>");
    }

    @Test
    void anOutputThatIsAFileFails() throws IOException {
        Path file = Files.writeString(dir.resolve("templates"), "");
        Captured c = Captured.run("templates", "--output", file.toString());
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).hasSize(1);
        assertThat(c.err().get(0)).startsWith("无法在 " + file + " 写入模板：");
        assertThat(List.of(Files.readString(file))).containsExactly("");
    }
}
