package org.kaohe.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kaohe.input.CollectingSink.ZH;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.common.SourceRef;

class CsvInputTest {

    private static final String STAFF = """
            工号,姓名,科室,绩效基数\r
            1001,张三,办公室,5500.50\r
            1002,欧阳娜娜,综合科,4800\r
            """;

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBomAndStripsTheBom() throws Exception {
        write("staff.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, STAFF, StandardCharsets.UTF_8));

        CollectingSink sink = read(InputKind.STAFF);

        assertStaffRows(sink);
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        write("staff.csv", STAFF.getBytes(StandardCharsets.UTF_8));

        assertStaffRows(read(InputKind.STAFF));
    }

    @Test
    void readsGb18030AsChineseExcelWritesIt() throws Exception {
        write("staff.csv", STAFF.getBytes(Charset.forName("GB18030")));

        assertStaffRows(read(InputKind.STAFF));
    }

    @Test
    void readsGbkWhoseOnlyNonAsciiTextIsFarIntoTheFile() throws Exception {
        StringBuilder csv = new StringBuilder("employee_id,name,section,pay_base\r\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(",x,y,1\r\n");
        }
        csv.append("99999,王五,办公室,1\r\n");
        write("staff.csv", csv.toString().getBytes(Charset.forName("GBK")));

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.rows).hasSize(20_001);
        RawRow last = sink.rows.get(20_000);
        assertThat(last.get("name")).isEqualTo("王五");
        assertThat(last.get("section")).isEqualTo("办公室");
        assertThat(last.source()).isEqualTo(new SourceRef("staff.csv", "", 20_002));
    }

    @Test
    void aUtf8FileWithAStrayByteIsReadAsUtf8AndOnlyThatRowIsRejected() throws Exception {
        // the stray byte made the whole file read as GB18030: every name garbled, nothing rejected
        byte[] utf8 = (STAFF + "1003,李娜,综合科,4800\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] stray = new byte[utf8.length + 1];
        int at = (STAFF + "1003,李").getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(utf8, 0, stray, 0, at);
        stray[at] = (byte) 0xA0;
        System.arraycopy(utf8, at, stray, at + 1, utf8.length - at);
        write("staff.csv", stray);

        CollectingSink sink = read(InputKind.STAFF);

        assertStaffRows(sink);
        assertThat(sink.rejections).hasSize(1);
        Rejection r = sink.rejections.get(0);
        assertThat(r.source()).isEqualTo(new SourceRef("staff.csv", "", 4));
        assertThat(List.of(r.column(), r.value())).containsExactly("姓名", "李\uFFFD娜");
        assertThat(ZH.get(r.reason())).isEqualTo("第 4 行含无效的 UTF-8 字节 0xA0，这一行没有读取；"
                + "请检查这一行，或用 Excel 或 WPS 打开文件另存为“CSV UTF-8”");
    }

    @Test
    void aRealGbkRosterIsStillReadAsGbkEvenWithSomeCharactersThatLookLikeUtf8() throws Exception {
        // 效 and 欧 in GB18030 bytes happen to form valid UTF-8 pairs; most characters do not
        String roster = STAFF + "1003,欧阳娜娜,欧阳科,4800\r\n1004,王芳,秘书科,5000\r\n";
        write("staff.csv", roster.getBytes(Charset.forName("GB18030")));

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.column("name")).containsExactly("张三", "欧阳娜娜", "欧阳娜娜", "王芳");
        assertThat(sink.rejections).isEmpty();
    }

    @Test
    void invalidUtf8InsideAFreeTextCellRejectsTheRowButAWrittenReplacementCharacterIsText() throws Exception {
        String errors = "编号,日期,工号,类别,等级,描述,登记日期,登记人\n"
                + "E1,2026-10-09,1001,公文,一般,文号\uFFFD错误,2026-10-14,赵登记\n"
                + "E2,2026-10-09,1001,公文,一般,文号@错误,2026-10-14,赵登记\n"
                + "E3,2026-10-09,1001,公文,一般,再\uFFFD次,2026-10-14,赵登记\n";
        byte[] bytes = errors.getBytes(StandardCharsets.UTF_8);
        bytes[errors.substring(0, errors.indexOf('@')).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        write("errors.csv", bytes);

        CollectingSink sink = read(InputKind.ERRORS);

        assertThat(sink.column("description")).containsExactly("文号\uFFFD错误", "再\uFFFD次");
        assertThat(sink.rejections).extracting(r -> r.source().row(), Rejection::column, Rejection::value)
                .containsExactly(tuple(3L, "描述", "文号\uFFFD错误"));
        assertThat(ZH.get(sink.rejections.get(0).reason())).startsWith("第 3 行含无效的 UTF-8 字节 0xFF，");
    }

    @Test
    void matchesHeadersInAnyOrderByAliasIgnoringSpacingCaseAndWidth() throws Exception {
        write("staff.csv", """
                 PAY_BASE ,姓　名, Section,Employee ID,ｃｌｏｃｋｉｎｇ, 入职 日期
                5500.5,张三,办公室,1001,打卡,2026/10/9
                """.getBytes(StandardCharsets.UTF_8));

        CollectingSink sink = read(InputKind.STAFF);

        RawRow row = sink.rows.get(0);
        assertThat(row.get("employee_id")).isEqualTo("1001");
        assertThat(row.get("name")).isEqualTo("张三");
        assertThat(row.get("section")).isEqualTo("办公室");
        assertThat(row.get("pay_base")).isEqualTo("5500.5");
        assertThat(row.get("clocking")).isEqualTo("打卡");
        assertThat(row.get("start_date")).isEqualTo("2026/10/9");
        assertThat(row.get("end_date")).isEmpty();
        assertThat(row.headerText("employee_id")).isEqualTo("Employee ID");
        assertThat(row.headerText("name")).isEqualTo("姓　名");
        assertThat(row.headerText("end_date")).isEqualTo("离职日期");
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void normalisesFullWidthBracketsSpacesAndCase() {
        assertThat(HeaderMatcher.normalise(" （备注）【Ａ】 Employee\u3000ID\u00A0")).isEqualTo("(备注)[a]employeeid");
    }

    @Test
    void warnsOfAnUnknownColumnAndIgnoresIt() throws Exception {
        write("staff.csv", "工号,姓名,备注,科室,绩效基数\n1001,张三,新来的,办公室,5000\n".getBytes(StandardCharsets.UTF_8));

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.warnings).containsExactly("staff.csv 第1行的“备注”列不是花名册的列，已忽略这一列");
        assertThat(sink.warningPlaces).containsExactly(new SourceRef("staff.csv", "", 1));
        assertThat(sink.column("section")).containsExactly("办公室");
        assertThat(Messages.forLang("en").get(FileMessages.unknownColumn(
                new SourceRef("staff.csv", "", 1), "备注", InputKind.STAFF)))
                .isEqualTo("staff.csv row 1: column \"备注\" is not a staff column and is ignored");
    }

    @Test
    void rejectsAFileWithoutARequiredColumn() throws Exception {
        write("staff.csv", "工号,姓名,科室\n1001,张三,办公室\n".getBytes(StandardCharsets.UTF_8));

        assertThat(failure(InputKind.STAFF)).isEqualTo("staff.csv 第1行的表头缺少必需的列：绩效基数");
    }

    @Test
    void namesEveryMissingColumnInTheKindsOrderAndTheHeaderRowWhereItIs() throws Exception {
        write("staff.csv", "\n\n姓名,工号\n".getBytes(StandardCharsets.UTF_8));

        InputFileException e = thrown(InputKind.STAFF);

        assertThat(ZH.get(e.reason())).isEqualTo("staff.csv 第3行的表头缺少必需的列：科室、绩效基数");
        assertThat(e.where()).isEqualTo(new SourceRef("staff.csv", "", 3));
        assertThat(Messages.forLang("en").get(e.reason()))
                .isEqualTo("staff.csv row 3: the header lacks required columns: section, pay_base");
    }

    @Test
    void rejectsTheSameColumnTwice() throws Exception {
        write("staff.csv", "工号,姓名,科室,绩效基数,employee_id\n".getBytes(StandardCharsets.UTF_8));

        assertThat(failure(InputKind.STAFF))
                .isEqualTo("staff.csv 第1行的表头中 A 列“工号”和 E 列“employee_id”是同一列“工号”，请只保留一列");
    }

    @Test
    void countsRowsAsASpreadsheetShowsThemSkippingEmptyOnes() throws Exception {
        write("staff.csv", """
                \r
                ,,\r
                工号,姓名,科室,绩效基数\r
                1001,张三,办公室,5000\r
                \r
                 , ,　,\r
                1002,李四,办公室,5000\r
                """.getBytes(StandardCharsets.UTF_8));

        CollectingSink sink = read(InputKind.STAFF);

        assertThat(sink.column("employee_id")).containsExactly("1001", "1002");
        assertThat(sink.sources()).containsExactly(
                new SourceRef("staff.csv", "", 4), new SourceRef("staff.csv", "", 7));
    }

    @Test
    void readsQuotedCommasAndLineBreaksAsOneRow() throws Exception {
        write("errors.csv", ("日期,工号,类别,等级,描述,登记日期\r\n"
                + "2026-10-09,1001,公文,一般,\"漏发文件,已补发\",2026-10-10\r\n"
                + "2026-10-12,1002,公文,一般,\"第一行\r\n第二行 \"\"引用\"\"\",2026-10-13\r\n"
                + "2026-10-14,1003,公文,一般,\\\\server\\share\\a.doc,2026-10-15\r\n")
                .getBytes(StandardCharsets.UTF_8));

        CollectingSink sink = read(InputKind.ERRORS);

        assertThat(sink.column("description"))
                .containsExactly("漏发文件,已补发", "第一行\n第二行 \"引用\"", "\\\\server\\share\\a.doc");
        assertThat(sink.column("recorded_on")).containsExactly("2026-10-10", "2026-10-13", "2026-10-15");
        assertThat(sink.sources()).containsExactly(new SourceRef("errors.csv", "", 2),
                new SourceRef("errors.csv", "", 3), new SourceRef("errors.csv", "", 4));
    }

    @Test
    void deliversShortRowsWithTheirMissingCellsEmpty() throws Exception {
        write("staff.csv", "工号,姓名,科室,绩效基数,考勤号\n1001,张三\n".getBytes(StandardCharsets.UTF_8));

        RawRow row = read(InputKind.STAFF).rows.get(0);

        assertThat(row.get("name")).isEqualTo("张三");
        assertThat(row.get("section")).isEmpty();
        assertThat(row.get("device_id")).isEmpty();
    }

    @Test
    void rejectsAQuoteThatIsNeverClosed() throws Exception {
        write("staff.csv", "工号,姓名,科室,绩效基数\n1001,张三,办公室,5000\n1002,\"李四,办公室,5000\n1003,王五,办公室,5000\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(failure(InputKind.STAFF))
                .isEqualTo("staff.csv 第3行有一个双引号没有配对，从这一行起的内容无法读取，请检查这一行的引号");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        write("staff.csv", "\r\n,,\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(failure(InputKind.STAFF)).isEqualTo("staff.csv 里没有任何内容，找不到表头行");
    }

    private void assertStaffRows(CollectingSink sink) {
        assertThat(sink.rows).hasSize(2);
        RawRow first = sink.rows.get(0);
        assertThat(first.get("employee_id")).isEqualTo("1001");
        assertThat(first.get("name")).isEqualTo("张三");
        assertThat(first.get("section")).isEqualTo("办公室");
        assertThat(first.get("pay_base")).isEqualTo("5500.50");
        assertThat(first.headerText("employee_id")).isEqualTo("工号");
        RawRow second = sink.rows.get(1);
        assertThat(List.of(second.get("employee_id"), second.get("name"), second.get("section"), second.get("pay_base")))
                .containsExactly("1002", "欧阳娜娜", "综合科", "4800");
        assertThat(sink.sources()).containsExactly(
                new SourceRef("staff.csv", "", 2), new SourceRef("staff.csv", "", 3));
        assertThat(sink.warnings).isEmpty();
    }

    private CollectingSink read(InputKind kind) throws InputFileException {
        CollectingSink sink = new CollectingSink();
        new InputFolder(dir).read(kind, sink);
        return sink;
    }

    private InputFileException thrown(InputKind kind) {
        CollectingSink sink = new CollectingSink();
        return (InputFileException) assertThatThrownBy(() -> new InputFolder(dir).read(kind, sink))
                .isInstanceOf(InputFileException.class)
                .actual();
    }

    private String failure(InputKind kind) {
        return ZH.get(thrown(kind).reason());
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(byte[] prefix, String text, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(prefix);
        out.write(text.getBytes(charset));
        return out.toByteArray();
    }
}
