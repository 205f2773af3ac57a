package org.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import ch.qos.logback.core.util.StatusPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.OutputScan;
import org.kaohe.SmallMonth;

/**
 * The bad and hostile inputs of issue 5, each from the corpus in {@code src/test/resources/hostile/} (its README
 * lists the cases) or built here when a file would be big or binary, run through the real command line: the exit
 * code, the exact message, no stack trace, and nothing written when the run fails.
 */
class HostileInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final String RUN_FAILED = "2026-10 考核未完成，输出文件夹中没有写入任何文件。改正输入后重新运行即可";
    private static final String NOT_XLSX =
            "staff.xlsx 不是有效的 Excel 工作簿（.xlsx），可能已损坏或只是改了扩展名；请用 Excel 或 WPS 打开后另存为 .xlsx";

    /** {@link SmallMonth}'s payroll: the month read correctly whatever form its staff file takes. */
    private static final String[] SMALL_MONTH_PAYROLL = {"\uFEFF工号,姓名,科室,绩效工资", "1001,张伟,综合科,3203.92",
        "1002,李娜,综合科,2257.16", "2001,王芳,秘书科,3538.92", "2002,刘洋,秘书科,0.00"};
    private static final String STAFF_HEADER = "工号,姓名,科室,岗位系数,绩效基数,入职日期,离职日期,考勤方式,科长,考勤号";
    /** A line of the shipped rules; the expected line numbers are looked up, so new rules keys move nothing here. */
    private static final String GRACE = "  grace_minutes: 5";

    @TempDir
    Path dir;

    private Path input;
    private Path outputRoot;
    private Path output;

    @BeforeEach
    void writeMonth() throws IOException {
        // deep enough that a path escaping the output folder by a few "../" still lands inside the temp folder
        Path base = Files.createDirectories(dir.resolve("a/b/c/d"));
        input = Files.createDirectories(base.resolve("input"));
        outputRoot = base.resolve("output");
        output = outputRoot.resolve("2026-10");
        SmallMonth.writeTo(input);
    }

    // ---- whole files that cannot be used: exit 1, one message, nothing written ----

    @Test
    void anEmptyStaffFile() throws IOException {
        copy("empty.csv", "staff.csv");
        assertFails(run(), "staff.csv 里没有任何内容，找不到表头行");
    }

    @Test
    void anEmptyPunchFile() throws IOException {
        copy("empty.csv", "punches.csv");
        assertFails(run(), "punches.csv 里没有任何内容，找不到表头行");
    }

    @Test
    void anEmptyWorkbook() throws IOException {
        replaceStaff("empty.csv", "staff.xlsx");
        assertFails(run(), "staff.xlsx 里没有任何内容，找不到表头行");
    }

    @Test
    void aTextFileRenamedXlsx() throws IOException {
        replaceStaff("staff-renamed.xlsx", "staff.xlsx");
        assertFails(run(), NOT_XLSX);
    }

    @Test
    void aWordDocumentRenamedXlsx() throws IOException {
        Files.delete(input.resolve("staff.csv"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(input.resolve("staff.xlsx")))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/vnd"
                    + ".openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "word/document.xml", "<w:document/>");
        }
        assertFails(run(), NOT_XLSX);
    }

    @Test
    void anOldExcelWorkbookRenamedXlsx() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fillStaff(wb);
            save(wb, input.resolve("staff.xlsx"));
        }
        assertFails(run(), "staff.xlsx 是旧版 Excel 97-2003 工作簿，请用 Excel 或 WPS 打开后另存为 .xlsx 格式");
    }

    @Test
    void aTruncatedWorkbook() throws IOException {
        Path staff = staffWorkbook();
        byte[] whole = Files.readAllBytes(staff);
        Files.write(staff, Arrays.copyOf(whole, whole.length * 2 / 3));
        assertFails(run(), NOT_XLSX);
    }

    @Test
    void aZipBomb() throws IOException {
        Path staff = staffWorkbook();
        // 64 MB of blanks inside the sheet's XML deflate to about 64 KB: a ratio far past POI's 1 : 100 limit
        rewriteSheet(staff, (xml, out) -> {
            int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(blanks);
            }
            out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(staff)).isLessThan(1 << 20);
        assertFails(run(), "staff.xlsx 解压后大得异常（可能是“压缩炸弹”），为安全起见没有读取；"
                + "如果这是一份正常的工作簿，请用 Excel 或 WPS 打开后另存为 .xlsx 再试");
    }

    @Test
    void xmlEntitiesAreNeverExpanded() throws IOException {
        Path staff = staffWorkbook();
        String secret = Files.writeString(dir.resolve("secret.txt"), "9999,泄密,综合科,1.00").toUri().toString();
        // an external entity reading a local file, and the "billion laughs" entity expansion
        List<String> doctypes = List.of("<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret + "\">]>",
                "<!DOCTYPE worksheet [<!ENTITY a \"ha\"><!ENTITY x \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
        byte[] original = Files.readAllBytes(staff);
        for (String doctype : doctypes) {
            Files.write(staff, original);
            rewriteSheet(staff, (xml, out) -> out.write(xml.replace("<worksheet", doctype + "<worksheet")
                    .replace("</sheetData>", "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                            + "</sheetData>").getBytes(StandardCharsets.UTF_8)));
            Captured c = run();
            assertFails(c, NOT_XLSX);
            assertThat(c.out()).noneMatch(line -> line.contains("泄密") || line.contains("haha"));
        }
    }

    @Test
    void aCellBeyondTheLastColumnExcelHas() throws IOException {
        Path staff = staffWorkbook();
        // column AAAAAA would be the 321,272,407th; Excel stops at XFD, the 16,384th
        rewriteSheet(staff, (xml, out) -> out.write(xml.replace("</row></sheetData>",
                "<c r=\"AAAAAA3\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readAllBytes(staff)).isNotEmpty();
        assertFails(run(), NOT_XLSX);
    }

    @Test
    void aSharedStringsTableClaimingBillionsOfStrings() throws IOException {
        Path staff = staffWorkbook();
        rewritePart(staff, "xl/sharedStrings.xml", (xml, out) -> out.write(xml
                .replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"2000000000\"")
                .replaceFirst(" count=\"\\d+\"", " count=\"2000000000\"").getBytes(StandardCharsets.UTF_8)));
        // POI sizes its table by the strings read, not by the count claimed
        assertDone(run());
        assertThat(payroll()).containsExactly(SMALL_MONTH_PAYROLL);
    }

    @Test
    void aWorkbookNamedCsv() throws IOException {
        Path staff = staffWorkbook();
        Files.move(staff, input.resolve("staff.csv"));
        assertFails(run(), "staff.csv 实际上是 Excel 工作簿而不是 CSV 文本，请把扩展名改为 .xlsx（旧版 .xls 请先另存为 .xlsx）");
    }

    @Test
    void anEncryptedWorkbook() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                fillStaff(wb);
                wb.write(out);
            }
            try (OutputStream file = Files.newOutputStream(input.resolve("staff.xlsx"))) {
                fs.writeFilesystem(file);
            }
        }
        assertFails(run(), "staff.xlsx 文件已加密（设有打开密码），请在 Excel 或 WPS 中去掉密码，另存为不加密的 .xlsx");
    }

    @Test
    void aHeaderWithoutARequiredColumn() throws IOException {
        copy("staff-missing-column.csv", "staff.csv");
        assertFails(run(), "staff.csv 第1行的表头缺少必需的列：绩效基数");
    }

    // ---- rows that break a rule: a staff row fails the run, other kinds' rows are rejected and reported ----

    @Test
    void aDuplicateEmployeeId() throws IOException {
        copy("staff-duplicate-id.csv", "staff.csv");
        Captured c = run();
        assertFails(c, "花名册有 1 行被拒绝：花名册必须完全正确才能考核");
        assertThat(c.out()).containsExactly("staff.csv 第 5 行，列“工号”，值“1001”：与 staff.csv 第2行重复");
    }

    @Test
    void anImpossibleStartDate() throws IOException {
        copy("staff-impossible-date.csv", "staff.csv");
        Captured c = run();
        assertFails(c, "花名册有 1 行被拒绝：花名册必须完全正确才能考核");
        assertThat(c.out()).containsExactly("staff.csv 第 3 行，列“入职日期”，值“2026-02-30”：日历上没有这一天");
    }

    @Test
    void impossiblePunchTimesAreRejectedAndTheMonthStillComputes() throws IOException {
        appendPunches(Files.readAllLines(CORPUS.resolve("punches-impossible-times.csv")).subList(1, 3));
        Captured c = run();
        assertDone(c);
        assertThat(rejected()).contains("punches.csv,,74,打卡时间,1971--10--29 -23:-59:-53,"
                        + "不是有效的日期时间，请写成 2026-10-09 08:05（日期和时间之间空一格）",
                "punches.csv,,75,打卡时间,2026-02-30 08:00,日历上没有这一天");
    }

    @Test
    void aLineOfNulBytesIsCutToAReadableValue() throws IOException {
        Files.write(input.resolve("punches.csv"), new byte[300_000], StandardOpenOption.APPEND);
        Captured c = run();
        assertDone(c);
        String nuls = "<U+0000>".repeat(200);
        assertThat(rejected()).contains("punches.csv,,74,工号," + nuls + "……（共 300000 个字符）,含有看不见的字符 <U+0000>（"
                + "<U+0000>".repeat(60) + "…），可能是从网页或聊天软件粘贴带来的，请删去后再保存");
        assertThat(Files.size(output.resolve("rejected-2026-10.csv"))).isLessThan(4_000);
        assertThat(Files.readAllBytes(output.resolve("rejected-2026-10.csv"))).doesNotContain(0);
        assertThat(String.join("\n", c.out())).hasSizeLessThan(4_000);
    }

    @Test
    void aGbkCsvWithoutBomIsReadAsChinese() throws IOException {
        byte[] gbk = Files.readAllBytes(CORPUS.resolve("staff-gbk.csv"));
        // the case stays what it claims: no byte order mark, and not readable as UTF-8
        assertThat(gbk[0]).isEqualTo("工".getBytes(Charset.forName("GBK"))[0]);
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(gbk)))
                .isInstanceOf(CharacterCodingException.class);
        copy("staff-gbk.csv", "staff.csv");
        assertDone(run());
        assertThat(payroll()).containsExactly(SMALL_MONTH_PAYROLL);
    }

    @Test
    void aUtf8StaffFileWithOneStrayByteIsNotReadAsGbkAndNamesTheRowAndByte() throws IOException {
        assertStrayByteRejected("staff.csv", "1002,李", (byte) 0xA0, "花名册有 1 行被拒绝：花名册必须完全正确才能考核", "staff",
                "花名册：1 个文件，采用 3 行，拒绝 1 行", "staff.csv 第 3 行，列“姓名”，值“李\uFFFD娜”：第 3 行含无效的 UTF-8 字节 0xA0，");
    }

    @Test
    void aStrayByteInADescriptionRejectsItsRowInsteadOfBecomingAReplacementCharacter() throws IOException {
        Files.writeString(input.resolve("errors.csv"), "E2,2026-10-09,1002,公文,一般,文号错误,2026-10-14,赵登记\n",
                StandardOpenOption.APPEND);
        assertStrayByteRejected("errors.csv", "1002,公文,一般,文号", (byte) 0xC3, "差错登记共 2 行，其中 1 行被拒绝，超过 5%，本次不予计算",
                "errors", "差错登记：1 个文件，采用 1 行，拒绝 1 行", "errors.csv 第 3 行，列“描述”，值“文号\uFFFD错误”：第 3 行含无效的 UTF-8 字节 0xC3，");
    }

    /**
     * With {@code stray} written into the UTF-8 {@code file} after {@code after}: the run stops with
     * {@code runMessage}, and {@code validate --only kind} says what it read and rejects the row at the byte.
     */
    private void assertStrayByteRejected(String file, String after, byte stray, String runMessage, String kind,
                                         String counts, String rejectedRow) throws IOException {
        Path path = input.resolve(file);
        Files.write(path, strayByteAfter(Files.readAllBytes(path), after, stray));
        Map<Path, String> before = outsideOutput();
        assertFails(run(), runMessage);
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--only", kind);
        assertThat(c.out()).containsExactly(counts,
                rejectedRow + "这一行没有读取；请检查这一行，或用 Excel 或 WPS 打开文件另存为“CSV UTF-8”");
        assertThat(outsideOutput()).isEqualTo(before);
    }

    // ---- hostile text: never a formula, never a path ----

    @Test
    void cellsThatLookLikeFormulasStayText() throws IOException {
        copy("staff-formulas.csv", "staff.csv");
        appendPunches(Files.readAllLines(CORPUS.resolve("punches-formulas.csv")).subList(1, 3));
        assertDone(run());
        assertThat(payroll()).containsExactly(
                "\uFEFF工号,姓名,科室,绩效工资",
                "1001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"张伟\"\")\",综合科,3203.92",
                "1002,'+李娜,综合科,2257.16", "2001,'-王芳,'@秘书科,3538.92", "2002,'@刘洋,'@秘书科,0.00");
        assertThat(rejected()).contains("punches.csv,,74,工号,'=cmd|' /C calc'!A0,花名册中没有工号或考勤号为 =cmd|' /C calc'!A0 的人",
                "punches.csv,,75,工号,'@SUM(1+1),花名册中没有工号或考勤号为 @SUM(1+1) 的人");
        OutputScan.assertNoFormulas(output);
    }

    @Test
    void aSectionNamedLikeAPathWritesNothingOutsideTheOutputFolder() throws IOException {
        String staff = Files.readString(CORPUS.resolve("staff-path-section.csv"))
                .replace("{ABSOLUTE}", dir.toAbsolutePath().toString());
        Files.writeString(input.resolve("staff.csv"), staff);
        // the section-level finding follows its section
        Path findings = input.resolve("findings.csv");
        Files.writeString(findings, Files.readString(findings).replace(",综合科,", ",../../etc,"));
        Set<Path> before = everything();
        assertDone(run());
        List<Path> outside = everything().stream().filter(p -> !before.contains(p))
                .filter(p -> !p.startsWith(output) && !p.startsWith(outputRoot.resolve(".kaohe"))
                        && !p.startsWith(outputRoot.resolve("logs")) && !p.equals(outputRoot))
                .toList();
        assertThat(outside).isEmpty();
        assertThat(payroll()).contains(
                "1001,张伟,../../etc,3203.92", "2001,王芳,..\\..\\..\\..\\etc,3538.92",
                "2002,刘洋," + dir.toAbsolutePath() + "/etc,0.00");
    }

    // ---- set-up mistakes: exit 2 before anything is written ----

    @Test
    void anInputFolderThatDoesNotExist() {
        Path missing = dir.resolve("2026-13");
        Captured c = Captured.run("run", "--month", "2026-10", "--input", missing.toString(), "--output",
                output.toString());
        assertRefused(c, 2, "输入文件夹 " + missing + " 不存在");
        assertThat(outputRoot).doesNotExist();
    }

    @Test
    void aTypoInARulesKeyNamesTheKeyAndItsLine() throws IOException {
        Path rules = rules(GRACE, "  grace_minuts: 5");
        assertRulesRefused(rules, "rules.yml 第 " + lineOf(GRACE)
                + " 行：未知的设置项 punch.grace_minuts（是否应为 punch.grace_minutes？）");
    }

    @Test
    void aRulesValueOfTheWrongType() throws IOException {
        Path rules = rules(GRACE, "  grace_minutes: five");
        assertRulesRefused(rules, "rules.yml 第 " + lineOf(GRACE) + " 行：punch.grace_minutes 应为数字，实际为“five”");
    }

    @Test
    void brokenRulesSyntaxNamesTheLine() throws IOException {
        Path rules = rules("  day_starts_at: \"04:00\"", "  day_starts_at: \"04:00");
        // the quote runs on to the end of the file; the line named is where it opened
        assertRulesRefused(rules, "rules.yml 第 " + lineOf("  day_starts_at: \"04:00\"")
                + " 行格式有误：引号没有配对，请检查这一行的引号");
    }

    @Test
    void rulesIndentedWithATab() throws IOException {
        Path rules = rules(GRACE, "\tgrace_minutes: 5");
        assertRulesRefused(rules, "rules.yml 第 " + lineOf(GRACE) + " 行格式有误：用了制表符（Tab）缩进，请改用空格");
    }

    @Test
    void aRulesKeyGivenTwice() throws IOException {
        Path rules = rules(GRACE, GRACE + "\n  grace_minutes: 50");
        assertRulesRefused(rules, "rules.yml 第 " + (lineOf(GRACE) + 1)
                + " 行：设置项 punch.grace_minutes 重复出现（第 " + lineOf(GRACE) + " 行已有），请只保留一个");
    }

    @Test
    void aRulesFileSavedInGbk() throws IOException {
        Path rules = rules();
        Files.write(rules, Files.readString(rules).getBytes(Charset.forName("GBK")));
        assertRulesRefused(rules, "规则文件 rules.yml 不是 UTF-8 编码，请用记事本或 WPS 打开，另存为 UTF-8 编码后再试");
    }

    @Test
    void aRulesFileSavedAsUtf8WithBomIsRead() throws IOException {
        Path rules = rules();
        Files.write(rules, ("\uFEFF" + Files.readString(rules)).getBytes(StandardCharsets.UTF_8));
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--rules",
                rules.toString());
        assertThat(c.err()).isEmpty();
        assertThat(c.exitCode()).isEqualTo(0);
    }

    @Test
    void messagesFollowTheLanguage() throws IOException {
        Path rules = rules(GRACE, GRACE + "\n  grace_minutes: 50");
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--rules",
                rules.toString(), "--lang", "en");
        assertRefused(c, 2, "rules.yml line " + (lineOf(GRACE) + 1)
                + ": setting punch.grace_minutes is given twice (already on line " + lineOf(GRACE) + "); keep only one");
    }

    @Test
    void validateNamesAnUnusableFileAndWritesNothing() throws IOException {
        copy("staff-renamed.xlsx", "punches-machine2.xlsx");
        Set<Path> before = everything();
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString());
        assertRefused(c, 1, "punches-machine2.xlsx 不是有效的 Excel 工作簿（.xlsx），可能已损坏或只是改了扩展名；"
                + "请用 Excel 或 WPS 打开后另存为 .xlsx");
        assertThat(everything()).isEqualTo(before);
    }

    // ---- bad commands and paths: exit 2, one plain message, nothing written ----

    @Test
    void anUnknownLanguageNamesTheTwoThereAre() throws IOException {
        assertRefusedBeforeRunning(List.of("--lang", "xx"), "不支持语言“xx”，请用 zh（中文）或 en（English）");
        assertRefusedBeforeRunning(List.of("--lang=EN_US"), "不支持语言“EN_US”，请用 zh（中文）或 en（English）");
    }

    @Test
    void aMonthThatIsNotYyyyMm() throws IOException {
        for (String month : List.of("+12026-10", "2026-13", "2026-1", "12026-10", "2026-00", "")) {
            Captured c = Captured.run("run", "--month", month, "--input", input.toString(), "--output",
                    output.toString());
            assertRefused(c, 2, "月份“" + month + "”格式不对，应为 YYYY-MM，例如 2026-10");
            assertThat(outputRoot).doesNotExist();
        }
    }

    @Test
    void rulesThatAreAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("jobs"));
        assertRefusedBeforeRunning(List.of("--rules", folder.toString()),
                "规则文件 " + folder + " 是一个文件夹，请指向规则文件本身，例如 jobs/rules.yml");
    }

    @Test
    void anEmptyInputOrRulesPath() throws IOException {
        assertRefusedBeforeRunning(List.of("--input", ""), "--input 后面的路径是空的，请写出要用的文件夹或文件");
        assertRefusedBeforeRunning(List.of("--rules", ""), "--rules 后面的路径是空的，请写出规则文件的路径，例如 jobs/rules.yml");
    }

    @Test
    void aPasswordFileThatIsAFolderOrEmpty() {
        for (String protect : List.of(dir.toString(), "")) {
            Captured c = Captured.run("run", "--month", "2026-10", "--input", input.toString(), "--output",
                    output.toString(), "--protect", protect);
            assertRefused(c, 2, protect.isEmpty() ? "--protect 后面的路径是空的，请写出科室报表密码文件（CSV：科室,密码）的路径"
                    : "科室报表密码文件 " + dir + " 是一个文件夹，请指向密码文件本身（CSV：科室,密码）");
            assertThat(outputRoot).doesNotExist();
        }
    }

    @Test
    void aFileNameWithTerminalEscapesIsShownEscaped() throws IOException {
        Path evil = Files.createDirectories(dir.resolve("in\u001B[2J\u001B]0;owned\u0007put"));
        assertRefusedBeforeRunning(List.of("--rules", evil.toString()), "规则文件 "
                + dir.resolve("in<U+001B>[2J<U+001B>]0;owned<U+0007>put") + " 是一个文件夹，请指向规则文件本身，例如 jobs/rules.yml");
    }

    @Test
    void aLogFileThatCannotBeWrittenPrintsNoStackTrace() throws IOException {
        // as on a full disk: the run's log cannot be created, and Logback reports that through its status printer
        Files.createDirectories(outputRoot);
        Files.writeString(outputRoot.resolve("logs"), "not a folder");
        ByteArrayOutputStream status = new ByteArrayOutputStream();
        StatusPrinter.setPrintStream(new PrintStream(status, true, StandardCharsets.UTF_8));
        Captured c;
        try {
            c = run();
        } finally {
            StatusPrinter.setPrintStream(System.out);
        }
        assertDone(c);
        assertThat(payroll()).containsExactly(SMALL_MONTH_PAYROLL);
        assertThat(status.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFolderAndABrokenLinkNamedLikeInputsAreNamedNotSkipped() throws IOException {
        Files.createDirectories(input.resolve("punches-c.csv"));
        Files.createSymbolicLink(input.resolve("punches-d.xlsx"), dir.resolve("gone.xlsx"));
        Map<Path, String> before = outsideOutput();
        Captured c = run();
        assertDone(c);
        assertThat(c.out()).contains(
                "提示：punches-c.csv 是一个文件夹而不是文件，没有读取；如果里面是要用的数据，请把文件本身放进输入文件夹",
                "提示：punches-d.xlsx 不是可以读取的文件（可能是指向已删除文件的快捷方式或链接），没有读取");
        assertThat(payroll()).containsExactly(SMALL_MONTH_PAYROLL);
        assertThat(outsideOutput()).isEqualTo(before);
    }

    @Test
    void aHeaderWithAHugeColumnAndTerminalEscapesIsQuotedShortAndEscaped() throws IOException {
        // a CSV that is one long line: the console once quoted all of it
        Path punches = input.resolve("punches.csv");
        String rest = Files.readString(punches).substring("工号,打卡时间".length());
        Files.writeString(punches, "工号,打卡时间,\u001B[2J\u001B]0;x\u0007" + "长".repeat(2_000_000) + rest);
        Map<Path, String> before = outsideOutput();
        Captured c = run();
        assertDone(c);
        assertThat(c.out()).contains("提示：punches.csv 第1行的“<U+001B>[2J<U+001B>]0;x<U+0007>" + "长".repeat(50)
                + "…”列不是打卡记录的列，已忽略这一列");
        assertThat(String.join("\n", c.out())).hasSizeLessThan(3_000).doesNotContain("\u001B", "\u0007");
        assertThat(outsideOutput()).isEqualTo(before);
    }

    @Test
    void anInputFileNamedWithTerminalEscapesIsNamedEscaped() throws IOException {
        Files.writeString(input.resolve("notes\u001B]0;owned\u0007\u001B[2J.txt"), "x");
        Captured c = run();
        assertDone(c);
        assertThat(c.out()).anyMatch(line -> line.startsWith(
                "提示：文件 notes<U+001B>]0;owned<U+0007><U+001B>[2J.txt 不是可识别的输入"));
        assertThat(String.join("\n", c.out())).doesNotContain("\u001B", "\u0007");
    }

    // ---- identifiers that cannot hide ----

    @Test
    void aSectionWithAPastedZeroWidthSpaceIsTheSameSectionAndEveryPersonIsInExactlyOneSectionWorkbook()
            throws IOException {
        // sorting first, the look-alike used to stand for the whole 综合科 and take its workbook
        SmallMonth.write(input, "staff.csv", STAFF_HEADER,
                "1003,赵六,\u200B综合科,1.0,2800.00,,,打卡,否,",
                "1001,张伟,综合科,1.2,3000.00,,,打卡,是,",
                "1004,钱七,综合科\u200B,1.0,2800.00,,,打卡,否,",
                "1002,李娜,综合科,1.0,2800.00,,,打卡,否,",
                "2001,王芳,秘书科,1.2,3200.00,,,免打卡,是,",
                "2002,刘洋,秘书科,,2600.00,2020-01-01,2026-09-30,打卡,否,",
                "3001,Rene\u0301,Caf\u00E9,1.0,2800.00,,,免打卡,是,",
                "3002,周八,Cafe\u0301,1.0,2800.00,,,免打卡,否,");
        Map<Path, String> before = outsideOutput();
        assertDone(run());
        assertThat(sectionFiles()).containsExactlyInAnyOrder("综合科-2026-10.xlsx", "秘书科-2026-10.xlsx",
                "Caf\u00E9-2026-10.xlsx");
        assertThat(sectionMembers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1001", "综合科-2026-10.xlsx", "1002", "综合科-2026-10.xlsx", "1003", "综合科-2026-10.xlsx",
                "1004", "综合科-2026-10.xlsx", "2001", "秘书科-2026-10.xlsx", "2002", "秘书科-2026-10.xlsx",
                "3001", "Caf\u00E9-2026-10.xlsx", "3002", "Caf\u00E9-2026-10.xlsx"));
        assertThat(payroll()).anyMatch(line -> line.startsWith("1003,赵六,综合科,"))
                .anyMatch(line -> line.startsWith("3002,周八,Caf\u00E9,"));
        assertThat(outsideOutput()).isEqualTo(before);
    }

    @Test
    void twoSectionsWhoseFileNamesWouldBeTheSameGetTwoWorkbooks() throws IOException {
        SmallMonth.write(input, "staff.csv", STAFF_HEADER,
                "1001,张伟,综合/科,1.2,3000.00,,,打卡,是,",
                "1002,李娜,综合:科,1.0,2800.00,,,打卡,否,",
                "2001,王芳,综合_科,1.2,3200.00,,,免打卡,是,",
                "2002,刘洋,综合_科,,2600.00,2020-01-01,2026-09-30,打卡,否,");
        Files.delete(input.resolve("findings.csv"));   // its section finding names 综合科
        assertDone(run());
        // told apart in the order of the section names: / before : before _
        assertThat(sectionMembers()).containsExactlyInAnyOrderEntriesOf(Map.of("1001", "综合_科-2026-10.xlsx",
                "1002", "综合_科~2-2026-10.xlsx", "2001", "综合_科~3-2026-10.xlsx", "2002", "综合_科~3-2026-10.xlsx"));
    }

    @Test
    void explainFindsAnIdTypedFullWidthOrPastedAndNamesAnUnknownOneEscaped() {
        Captured found = Captured.run("explain", "--month", "2026-10", "--input", input.toString(), "--employee",
                "\u200B１００１");
        assertThat(found.exitCode()).isZero();
        assertThat(found.out()).contains("1001 张伟（综合科）2026-10 月考核明细 ［staff.csv 第2行］");
        Captured unknown = Captured.run("explain", "--month", "2026-10", "--input", input.toString(), "--employee",
                "10\u001B[2J01");
        assertRefused(unknown, 2, "本月花名册中没有工号 10<U+001B>[2J01");
    }

    @Test
    void controlAndBidiCharactersInIdentifiersRejectTheRowAndShowTheCharacter() throws IOException {
        SmallMonth.write(input, "staff.csv", STAFF_HEADER,
                "1001,张伟,综合科,1.2,3000.00,,,打卡,是,",
                "1002,李娜,综合科,1.0,2800.00,,,打卡,否,",
                "2001,王芳,秘书科,1.2,3200.00,,,免打卡,是,",
                "2002,刘洋,秘书科,,2600.00,2020-01-01,2026-09-30,打卡,否,",
                "3001,赵六,综合\u0001科,1.0,2800.00,,,打卡,否,",
                "3002,\u202E钱七,秘书科,1.0,2800.00,,,打卡,否,",
                "3003\u001B]0;pwned\u0007,孙九,秘书科,1.0,2800.00,,,打卡,否,");
        Map<Path, String> before = outsideOutput();
        assertFails(run(), "花名册有 3 行被拒绝：花名册必须完全正确才能考核");
        Captured c = Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--only", "staff");
        String hint = "，可能是从网页或聊天软件粘贴带来的，请删去后再保存";
        assertThat(c.out()).containsExactly("花名册：1 个文件，采用 4 行，拒绝 3 行",
                "staff.csv 第 6 行，列“科室”，值“综合<U+0001>科”：含有看不见的字符 <U+0001>（综合<U+0001>科）" + hint,
                "staff.csv 第 7 行，列“姓名”，值“<U+202E>钱七”：含有看不见的字符 <U+202E>（<U+202E>钱七）" + hint,
                "staff.csv 第 8 行，列“工号”，值“3003<U+001B>]0;pwned<U+0007>”：含有看不见的字符 <U+001B>"
                        + "（3003<U+001B>]0;pwned<U+0007>）" + hint);
        assertThat(outsideOutput()).isEqualTo(before);
    }

    // ---- helpers ----

    private Captured run() {
        return Captured.run("run", "--month", "2026-10", "--input", input.toString(), "--output",
                output.toString());
    }

    /** A failed run: exit 1, the reason and the closing line on stderr, no output file and no staging folder. */
    private void assertFails(Captured c, String reason) throws IOException {
        assertThat(c.exitCode()).as("exit code; stderr %s", c.err()).isEqualTo(1);
        assertThat(c.err()).hasSize(3);
        assertThat(c.err().subList(0, 2)).containsExactly(reason, RUN_FAILED);
        assertThat(c.err().get(2)).matches("本次运行的日志：" + java.util.regex.Pattern.quote(
                outputRoot.resolve("logs").toString()) + "/kaohe-2026-10-\\d{8}-\\d{6}\\.log");
        assertNoStackTrace(c);
        try (Stream<Path> root = Files.list(outputRoot)) {
            // only the job repository (the run's history) and the run's log beside the month's folder
            assertThat(root.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".kaohe", "logs");
        }
    }

    private static void assertRefused(Captured c, int code, String... err) {
        assertThat(c.exitCode()).as("exit code; stderr %s", c.err()).isEqualTo(code);
        assertThat(c.err()).containsExactly(err);
        assertNoStackTrace(c);
    }

    /** {@code run} and {@code validate} with {@code options} after the month's own: refused before reading. */
    private void assertRefusedBeforeRunning(List<String> options, String message) throws IOException {
        Map<Path, String> before = outsideOutput();
        for (String command : List.of("run", "validate")) {
            List<String> args = new java.util.ArrayList<>(List.of(command, "--month", "2026-10"));
            if (!options.contains("--input")) {
                args.addAll(List.of("--input", input.toString()));
            }
            if (command.equals("run")) {
                args.addAll(List.of("--output", output.toString()));
            }
            args.addAll(options);
            Captured c = Captured.run(args.toArray(String[]::new));
            assertRefused(c, 2, message);
            assertThat(String.join("", c.out())).isEmpty();
        }
        assertThat(outputRoot).doesNotExist();
        assertThat(outsideOutput()).isEqualTo(before);
    }

    private void assertRulesRefused(Path rules, String message) {
        Captured run = Captured.run("run", "--month", "2026-10", "--input", input.toString(), "--output",
                output.toString(), "--rules", rules.toString());
        assertRefused(run, 2, message);
        assertThat(outputRoot).doesNotExist();
        Captured validate = Captured.run("validate", "--month", "2026-10", "--input", input.toString(), "--rules",
                rules.toString());
        assertRefused(validate, 2, message);
    }

    private static void assertDone(Captured c) {
        assertThat(c.exitCode()).as("exit code; stderr %s", c.err()).isEqualTo(0);
        assertThat(c.err()).isEmpty();
        assertNoStackTrace(c);
    }

    private static void assertNoStackTrace(Captured c) {
        String all = String.join("\n", c.out()) + "\n" + String.join("\n", c.err());
        assertThat(all).doesNotContain("at org.", "\tat ", "Exception", "Caused by");
    }

    private List<String> payroll() throws IOException {
        return Files.readAllLines(output.resolve("payroll-2026-10.csv"), StandardCharsets.UTF_8);
    }

    private List<String> rejected() throws IOException {
        return Files.readAllLines(output.resolve("rejected-2026-10.csv"), StandardCharsets.UTF_8);
    }

    private void copy(String corpusFile, String as) throws IOException {
        Files.copy(CORPUS.resolve(corpusFile), input.resolve(as), StandardCopyOption.REPLACE_EXISTING);
    }

    private void replaceStaff(String corpusFile, String as) throws IOException {
        Files.delete(input.resolve("staff.csv"));
        copy(corpusFile, as);
    }

    private void appendPunches(List<String> lines) throws IOException {
        Files.writeString(input.resolve("punches.csv"), String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
    }

    /** A copy of the rules with one line replaced, beside a calendar folder (the calendars ship next to the rules). */
    private Path rules(String line, String replacement) throws IOException {
        Path rules = rules();
        String text = Files.readString(rules);
        assertThat(text).contains(line);
        Files.writeString(rules, text.replace(line, replacement));
        return rules;
    }

    /** A copy of the shipped rules and calendars. */
    private Path rules() throws IOException {
        Path rules = dir.resolve("jobs/rules.yml");
        Path calendar = Files.createDirectories(rules.getParent().resolve("calendar"));
        try (Stream<Path> shipped = Files.list(Path.of("jobs/calendar"))) {
            for (Path year : shipped.toList()) {
                Files.copy(year, calendar.resolve(year.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(Path.of("jobs/rules.yml"), rules);
        return rules;
    }

    /** The number of the first line of the shipped rules starting with {@code text}. */
    private static int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("jobs/rules.yml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in jobs/rules.yml");
    }

    /** The month's staff as staff.xlsx instead of staff.csv. */
    private Path staffWorkbook() throws IOException {
        Path staff = input.resolve("staff.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fillStaff(wb);
            save(wb, staff);
        }
        return staff;
    }

    /** Fills a 花名册 sheet with the month's staff.csv, which it deletes: the workbook takes its place. */
    private void fillStaff(Workbook wb) throws IOException {
        Path csv = input.resolve("staff.csv");
        List<String> lines = Files.readAllLines(csv);
        Files.delete(csv);
        Sheet sheet = wb.createSheet("花名册");
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            String[] cells = lines.get(r).split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private interface SheetRewrite {
        void write(String originalXml, OutputStream out) throws IOException;
    }

    /** Copies the workbook with its first sheet's XML written anew by {@code rewrite}. */
    private void rewriteSheet(Path workbook, SheetRewrite rewrite) throws IOException {
        rewritePart(workbook, "xl/worksheets/sheet1.xml", rewrite);
    }

    /** Copies the workbook with one part's XML written anew by {@code rewrite}. */
    private void rewritePart(Path workbook, String part, SheetRewrite rewrite) throws IOException {
        Path copy = dir.resolve("rewritten.xlsx");
        try (ZipFile original = new ZipFile(workbook.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : original.stream().toList()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = original.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    rewrite.write(new String(content, StandardCharsets.UTF_8), zip);
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        Files.move(copy, workbook, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The UTF-8 bytes with {@code stray} inserted after the first {@code text}. */
    private static byte[] strayByteAfter(byte[] utf8, String text, byte stray) {
        int at = new String(utf8, StandardCharsets.UTF_8).indexOf(text);
        assertThat(at).isNotNegative();
        at = new String(utf8, StandardCharsets.UTF_8).substring(0, at + text.length())
                .getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, at);
        out[at] = stray;
        System.arraycopy(utf8, at, out, at + 1, utf8.length - at);
        return out;
    }

    private List<String> sectionFiles() throws IOException {
        try (Stream<Path> files = Files.list(output.resolve("sections"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Each 工号 on a section workbook's 人员 sheet, with the workbook; a person listed twice fails. */
    private Map<String, String> sectionMembers() throws IOException {
        Map<String, String> members = new HashMap<>();
        for (String file : sectionFiles()) {
            try (XSSFWorkbook wb = new XSSFWorkbook(output.resolve("sections").resolve(file).toFile())) {
                Sheet people = wb.getSheet("人员");
                // the people's rows: from under the frozen header to the 合计 row
                for (int r = people.getPaneInformation().getHorizontalSplitPosition();
                     !people.getRow(r).getCell(0).getStringCellValue().equals("合计"); r++) {
                    String id = people.getRow(r).getCell(0).getStringCellValue();
                    assertThat(members.put(id, file)).as("%s is in two section workbooks", id).isNull();
                }
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }
        return members;
    }

    /** Every file outside the output root with a digest of its content: what a run must never change. */
    private Map<Path, String> outsideOutput() throws IOException {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.startsWith(outputRoot)).toList()) {
                files.put(p, Files.isRegularFile(p) ? Arrays.toString(digest(Files.readAllBytes(p))) : "folder");
            }
        }
        return files;
    }

    private static byte[] digest(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private Set<Path> everything() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.collect(Collectors.toSet());
        }
    }
}
