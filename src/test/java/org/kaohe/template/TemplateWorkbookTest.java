package org.kaohe.template;

import static org.kaohe.Cells.sheetNames;
import static org.kaohe.Cells.texts;
import static org.kaohe.Cells.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaohe.common.Messages;
import org.kaohe.input.InputKind;

/** What a template holds: headers, alias line, example row, formats, dropdowns, frozen rows and the 说明 sheet. */
class TemplateWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void findingsTemplate() throws IOException {
        try (XSSFWorkbook wb = open(InputKind.FINDINGS, "zh")) {
            assertThat(sheetNames(wb)).containsExactly("督查发现", "说明");
            XSSFSheet data = wb.getSheetAt(0);
            assertThat(texts(data.getRow(0))).containsExactly("编号", "日期", "督查人", "工号", "科室", "类别", "事项",
                    "严重程度", "一票否决", "分值", "描述", "证据");
            assertThat(texts(data.getRow(1))).containsExactly("finding_id", "date", "inspector", "employee_id",
                    "section", "category", "item", "severity", "veto", "points", "description", "evidence");
            assertThat(shown(data.getRow(2))).containsExactly("「示例」F-001", "2026-10-09", "督查组 王五", "1001", "办公室",
                    "", "脱岗", "一般", "否", "", "上午 10:20 不在岗，未请假", "照片 IMG_0012.jpg");
            Cell date = data.getRow(2).getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(((XSSFCellStyle) data.getRow(2).getCell(0).getCellStyle()).getFillForegroundColor())
                    .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(data.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            assertThat(data.getColumnStyle(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(data.getColumnStyle(9).getDataFormatString()).isEqualTo("0.00");
            assertThat(lists(data)).containsExactly(
                    Map.entry("F3:F1048576", List.of("延误", "积压", "差错", "冷落", "形象", "表扬")),
                    Map.entry("G3:G1048576", List.of("脱岗", "串岗", "空岗", "值班脱岗", "上班玩手机/游戏/网购/炒股/看视频",
                            "工作日饮酒", "接受宴请", "公车私用", "泄密", "浪费", "办事拖拉", "文件积压", "态度生硬", "其他")),
                    Map.entry("H3:H1048576", List.of("一般", "较重", "严重")),
                    Map.entry("I3:I1048576", List.of("是", "否")));
            DataValidation veto = data.getDataValidations().get(3);
            assertThat(veto.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(veto.getErrorBoxText()).isEqualTo("“一票否决”不在下拉列表中。英文代码也可以；其他的值，读取时该行会被拒绝（见“说明”工作表）。");
            assertThat(veto.getSuppressDropDownArrow()).isTrue();
            PaneInformation pane = data.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            // 上班玩手机/游戏/网购/炒股/看视频: 14 Chinese characters and 4 slashes, 32 widths, plus room
            assertThat(data.getColumnWidth(6)).isEqualTo(35 * 256);
            assertThat(data.getColumnWidth(1)).isEqualTo(13 * 256);

            Sheet notes = wb.getSheet("说明");
            assertThat(notes.getRow(0).getCell(0).getStringCellValue()).isEqualTo("「说明」督查发现（findings）填写说明");
            assertThat(notes.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("填好后可以先检查再交：kaohe validate --month <月份> --only findings");
            assertThat(texts(notes.getRow(6))).containsExactly("列名", "英文别名", "是否必填", "格式", "可填的值", "说明");
            assertThat(texts(notes.getRow(7))).containsExactly("编号", "finding_id", "必填", "文字", "",
                    "每条发现一个编号，不能重复（如 F-001）。");
            assertThat(texts(notes.getRow(12))).containsExactly("类别", "category", "视情况（见说明）", "从下拉列表中选择（也可填英文代码）",
                    "延误（DELAY）、积压（BACKLOG）、差错（ERROR）、冷落（NEGLECT）、形象（IMAGE）、表扬（COMMEND）",
                    "五个不让之一或表扬；事项能确定类别时可空；填写了就以填写的为准，即使事项通常属于另一类（如空岗让来办事的同志久等，可记为冷落）。");
            assertThat(notes.getLastRowNum()).isEqualTo(18);
        }
    }

    @Test
    void errorCategoriesDifferFromFindingCategories() throws IOException {
        try (XSSFWorkbook wb = open(InputKind.ERRORS, "zh")) {
            assertThat(lists(wb.getSheetAt(0))).containsExactly(
                    Map.entry("D3:D1048576", List.of("公文", "会务", "信息", "值班", "保密", "其他")),
                    Map.entry("E3:E1048576", List.of("一般", "较大", "重大")));
        }
    }

    @Test
    void everyEnumeratedColumnHasItsDropdown() throws IOException {
        Map<InputKind, Map<String, List<String>>> expected = new LinkedHashMap<>();
        expected.put(InputKind.STAFF, Map.of("H3:H1048576", List.of("打卡", "免打卡"), "I3:I1048576", List.of("是", "否"),
                "K3:K1048576", List.of("是", "否")));
        expected.put(InputKind.INFORMATION, Map.of("E3:E1048576", List.of("未采用", "市录用", "省录用", "国家录用")));
        expected.put(InputKind.LEAVE, Map.of("B3:B1048576", List.of("事假", "病假", "年休假", "婚假", "丧假", "产假", "探亲假",
                "调休", "公出", "补卡"), "E3:E1048576", List.of("已批准", "待审批", "已驳回")));
        expected.put(InputKind.OVERTIME, Map.of("F3:F1048576", List.of("已批准", "待审批", "已驳回")));
        expected.put(InputKind.DUTY, Map.of("E3:E1048576", List.of("是", "否")));
        expected.put(InputKind.DOCUMENTS, Map.of("E3:E1048576", List.of("特急", "加急", "普通")));
        expected.put(InputKind.CALENDAR, Map.of("B3:B1048576", List.of("工作日", "休息日", "节假日")));
        expected.put(InputKind.PUNCHES, Map.of());
        expected.put(InputKind.TASKS, Map.of());
        for (var e : expected.entrySet()) {
            try (XSSFWorkbook wb = open(e.getKey(), "zh")) {
                assertThat(lists(wb.getSheetAt(0))).as(e.getKey().name()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void timesAndDateTimesAreTypedAndFormatted() throws IOException {
        try (XSSFWorkbook wb = open(InputKind.DUTY, "zh")) {
            Sheet data = wb.getSheetAt(0);
            assertThat(texts(data.getRow(0))).containsExactly("工号", "日期", "开始时间", "结束时间", "需打卡");
            assertThat(shown(data.getRow(2))).containsExactly("「示例」1001", "2026-10-10", "08:30", "17:30", "是");
            assertThat(data.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(8.5 / 24);
            assertThat(data.getColumnStyle(2).getDataFormatString()).isEqualTo("hh:mm");
        }
        try (XSSFWorkbook wb = open(InputKind.DOCUMENTS, "zh")) {
            Sheet data = wb.getSheetAt(0);
            assertThat(shown(data.getRow(2))).containsExactly("「示例」办发〔2026〕12号", "1001", "2026-10-09 09:30",
                    "2026-10-09 16:00", "特急");
            assertThat(data.getColumnStyle(2).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        }
        try (XSSFWorkbook wb = open(InputKind.LEAVE, "zh")) {
            // a date or a date and time is text: a date cell would hide the time, a date-time cell invent one
            Sheet data = wb.getSheetAt(0);
            assertThat(data.getRow(2).getCell(2).getStringCellValue()).isEqualTo("2026-10-09 08:00");
            assertThat(data.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void englishNamesTheSheetsAndExplainsInEnglishButKeepsTheChineseHeader() throws IOException {
        try (XSSFWorkbook wb = open(InputKind.FINDINGS, "en")) {
            assertThat(sheetNames(wb)).containsExactly("Inspection findings", "Instructions");
            assertThat(texts(wb.getSheetAt(0).getRow(0))).startsWith("编号", "日期", "督查人");
            Sheet notes = wb.getSheet("Instructions");
            assertThat(notes.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("「说明」Inspection findings (findings): how to fill in");
            assertThat(texts(notes.getRow(12))).containsExactly("类别", "category", "depends (see notes)",
                    "pick from the dropdown (the English code works too)",
                    "DELAY (延误), BACKLOG (积压), ERROR (差错), NEGLECT (冷落), IMAGE (形象), COMMEND (表扬)",
                    "A don't-let or a commendation; may be empty when the item implies it; when written it stands, even if"
                            + " the item usually implies another (an empty post that kept a visitor waiting may be 冷落).");
        }
    }

    @Test
    void aFileAlreadyThereIsKept() throws IOException {
        Files.writeString(dir.resolve("findings.xlsx"), "being filled in");
        List<Templates.Outcome> outcomes = Templates.write(dir, Messages.forLang("zh"));
        assertThat(outcomes).filteredOn(o -> !o.written()).extracting(Templates.Outcome::kind)
                .containsExactly(InputKind.FINDINGS);
        assertThat(Files.readString(dir.resolve("findings.xlsx"))).isEqualTo("being filled in");
        assertThat(outcomes).hasSize(InputKind.values().length);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("calendar.xlsx",
                    "documents.xlsx", "duty.xlsx", "errors.xlsx", "findings.xlsx", "information.xlsx", "leave.xlsx",
                    "overtime.xlsx",
                    "punches.xlsx", "staff.xlsx", "tasks.xlsx");
        }
    }

    @Test
    void everyTemplateCoversItsKindsColumnsExactly() {
        for (InputKind kind : InputKind.values()) {
            assertThat(TemplateColumns.of(kind)).extracting(TemplateColumn::column).as(kind.name())
                    .containsExactlyInAnyOrderElementsOf(kind.handKeptColumns());
        }
    }

    private XSSFWorkbook open(InputKind kind, String lang) throws IOException {
        Path file = Templates.fileOf(dir, kind);
        if (!Files.exists(file)) {
            TemplateWorkbook.write(kind, Messages.forLang(lang), file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, List<String>> lists(Sheet sheet) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (DataValidation v : sheet.getDataValidations()) {
            CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
            lists.put(range.formatAsString(), List.of(v.getValidationConstraint().getExplicitListValues()));
        }
        return lists;
    }
}
