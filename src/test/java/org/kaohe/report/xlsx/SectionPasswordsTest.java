package org.kaohe.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;

/** The --protect file: 科室,密码 rows as Excel saves a CSV; problems named by row, passwords never shown. */
class SectionPasswordsTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBomAndGbkAndKeepsPasswordsExactly() throws Exception {
        Path utf8 = dir.resolve("pw.csv");
        Files.writeString(utf8, "\uFEFF科室,密码\r\n综合科,\"a,b\\c \"\r\n秘书科,口令1\r\n\r\n");
        SectionPasswords p = SectionPasswords.read(utf8);
        assertThat(p.of("综合科")).contains("a,b\\c ");
        assertThat(p.of("秘书科")).contains("口令1");
        assertThat(p.of("文电科")).isEmpty();
        assertThat(p.missing(List.of("综合科", "文电科", "信息科"))).containsExactly("文电科", "信息科");
        assertThat(p.toString()).doesNotContain("口令1").doesNotContain("a,b");
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "section,password\n行政科,秘密\n".getBytes(Charset.forName("GBK")));
        assertThat(SectionPasswords.read(gbk).of("行政科")).contains("秘密");
    }

    @Test
    void aSectionIsNamedAsTheRosterNamesItAfterCleaning() throws Exception {
        Path pw = dir.resolve("pw.csv");
        Files.writeString(pw, "科室,密码\n综合科\u200B,\u200Bsecret\nCafe\u0301,x\n");
        SectionPasswords p = SectionPasswords.read(pw);
        // the password itself is kept exactly as written
        assertThat(p.of("综合科")).contains("\u200Bsecret");
        assertThat(p.of("Caf\u00E9")).contains("x");
    }

    @Test
    void aFileThatCannotBeUsedIsReportedByRowWithoutItsPasswords() throws Exception {
        Messages m = Messages.forLang("zh");
        assertThat(problem("姓名,密码\n综合科,x\n", m)).endsWith("的第一行应为表头“科室,密码”");
        assertThat(problem("科室,密码\n综合科,\n", m)).endsWith("第 2 行：科室和密码都不能为空");
        assertThat(problem("科室,密码\n综合科,secret1\n综合科,secret2\n", m))
                .endsWith("第 3 行：科室“综合科”的密码重复给出").doesNotContain("secret");
        assertThat(problem("科室,密码\n", m)).endsWith("中没有任何科室的密码");
        assertThatThrownBy(() -> SectionPasswords.read(dir.resolve("none.csv")))
                .isInstanceOfSatisfying(SectionPasswords.PasswordFileException.class,
                        e -> assertThat(m.get(e.reason())).endsWith("none.csv 不存在"));
    }

    private String problem(String content, Messages m) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.csv"), content);
        try {
            SectionPasswords.read(f);
        } catch (SectionPasswords.PasswordFileException e) {
            return m.get(e.reason());
        }
        throw new AssertionError("accepted: " + content);
    }
}
