package org.kaohe.template;

import static org.kaohe.report.xlsx.XlsxSheet.displayWidth;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaohe.common.Messages;
import org.kaohe.input.InputKind;
import org.kaohe.input.TemplateMarks;

/**
 * Writes the blank workbook of one input kind: a data sheet (Chinese header, English alias line, the example row,
 * typed and formatted columns, dropdowns) and a 说明 sheet explaining every column. The workbook is a few KB, so
 * it is built in memory.
 */
final class TemplateWorkbook {

    /** Rows of the data sheet that are not data: the header, the alias line and the example. */
    static final int HEADER_ROW = 0;
    static final int ALIAS_ROW = 1;
    static final int EXAMPLE_ROW = 2;
    /** Excel refuses a list validation whose values, joined by commas, are longer than this. */
    static final int MAX_LIST_LENGTH = 255;

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final InputKind kind;
    private final List<TemplateColumn> columns;
    private final Messages m;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Map<Format, CellStyle> columnStyles = new EnumMap<>(Format.class);
    private final Map<Format, CellStyle> exampleStyles = new EnumMap<>(Format.class);

    private TemplateWorkbook(InputKind kind, Messages m) {
        this.kind = kind;
        this.columns = TemplateColumns.of(kind);
        this.m = m;
    }

    static void write(InputKind kind, Messages m, Path file) throws IOException {
        TemplateWorkbook template = new TemplateWorkbook(kind, m);
        try (XSSFWorkbook wb = template.wb; OutputStream out = Files.newOutputStream(file)) {
            template.dataSheet();
            template.notesSheet();
            wb.write(out);
        }
    }

    private void dataSheet() {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get(kind.label()), '、'));
        Row header = sheet.createRow(HEADER_ROW);
        Row aliases = sheet.createRow(ALIAS_ROW);
        Row example = sheet.createRow(EXAMPLE_ROW);
        CellStyle headerStyle = style(true, IndexedColors.GREY_25_PERCENT, false);
        CellStyle aliasStyle = style(false, IndexedColors.GREY_25_PERCENT, true);
        for (int i = 0; i < columns.size(); i++) {
            TemplateColumn c = columns.get(i);
            text(header, i, c.column().zh(), headerStyle);
            text(aliases, i, c.column().key(), aliasStyle);
            exampleCell(example.createCell(i), c, i == 0);
            sheet.setDefaultColumnStyle(i, columnStyle(c.format()));
            sheet.setColumnWidth(i, width(c, i == 0) * 256);
            if (c.format().hasList()) {
                dropdown(sheet, i, c);
            }
        }
        sheet.createFreezePane(0, EXAMPLE_ROW);
    }

    /** The first cell carries the example mark, so it is text whatever the column's type. */
    private void exampleCell(Cell cell, TemplateColumn c, boolean first) {
        Object value = c.example();
        cell.setCellStyle(exampleStyle(first ? Format.TEXT : c.format()));
        if (first) {
            cell.setCellValue(TemplateMarks.EXAMPLE + (value == null ? "" : value));
        } else if (value != null) {
            setValue(cell, value);
        }
    }

    /** A typed cell: a date, date-time or time cell, a number, or text. */
    static void setValue(Cell cell, Object value) {
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
        } else if (value instanceof LocalTime t) {
            cell.setCellValue(t.toSecondOfDay() / 86_400.0);
        } else if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /**
     * A warning, not a stop: the reader also takes the English codes (MINOR) and other spellings (玩手机), which a
     * strict list would refuse.
     */
    private void dropdown(Sheet sheet, int column, TemplateColumn c) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] values = c.choices().stream().map(Choice::zh).toArray(String[]::new);
        if (String.join(",", values).length() > MAX_LIST_LENGTH) {
            throw new IllegalStateException(kind + "." + c.column().key() + ": list too long for a dropdown");
        }
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(EXAMPLE_ROW, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), column, column));
        validation.setSuppressDropDownArrow(true);   // in XSSF this shows the arrow
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox(m.get("template.dropdown.title"),
                m.get("template.dropdown.text", c.column().zh()));
        sheet.addValidationData(validation);
    }

    private void notesSheet() {
        Sheet sheet = wb.createSheet(m.get("template.sheet.notes"));
        CellStyle titleStyle = style(true, null, false);
        CellStyle headStyle = style(true, IndexedColors.GREY_25_PERCENT, false);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        int r = 0;
        text(sheet.createRow(r++), 0, TemplateMarks.NOTES + m.get("template.notes.title", m.get(kind.label()),
                kind.prefix()), titleStyle);
        for (String line : List.of(m.get("template.notes.file", kind.prefix()), m.get("template.notes.rows"),
                m.get("template.notes.example", TemplateMarks.EXAMPLE), m.get("template.notes.check", kind.prefix()))) {
            text(sheet.createRow(r++), 0, line, null);
        }
        r++;
        Row head = sheet.createRow(r++);
        List<String> heads = List.of("column", "alias", "need", "format", "values", "rule");
        for (int i = 0; i < heads.size(); i++) {
            text(head, i, m.get("template.notes.head." + heads.get(i)), headStyle);
        }
        for (TemplateColumn c : columns) {
            Row row = sheet.createRow(r++);
            text(row, 0, c.column().zh(), wrap);
            text(row, 1, c.column().key(), wrap);
            text(row, 2, m.get("template.need." + c.need()), wrap);
            text(row, 3, m.get("template.format." + c.format()), wrap);
            text(row, 4, choices(c), wrap);
            text(row, 5, m.get("template.column." + kind.prefix() + "." + c.column().key()), wrap);
        }
        int[] widths = {12, 18, 12, 30, 36, 70};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** "一般（MINOR）、较重（SERIOUS）"; empty for a column without a list. */
    private String choices(TemplateColumn c) {
        return c.choices().stream().map(x -> m.get("template.choice", x.zh(), x.code()))
                .collect(Collectors.joining(m.get("template.choice.separator")));
    }

    /** Wide enough for the header, the alias, the example and the choices; a Chinese character takes two widths. */
    private static int width(TemplateColumn c, boolean marked) {
        int widest = Math.max(displayWidth(c.column().zh()), displayWidth(c.column().key()));
        if (c.example() != null || marked) {
            widest = Math.max(widest, displayWidth((marked ? TemplateMarks.EXAMPLE : "") + Objects.toString(c.example(), "")));
        }
        for (Choice choice : c.choices()) {
            widest = Math.max(widest, displayWidth(choice.zh()));
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 3));
    }

    private CellStyle columnStyle(Format format) {
        return columnStyles.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f.cellFormat()));
            return s;
        });
    }

    /** Pale yellow and italic, so nobody takes it for a real row. */
    private CellStyle exampleStyle(Format format) {
        return exampleStyles.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(columnStyle(f));
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font font = wb.createFont();
            font.setItalic(true);
            s.setFont(font);
            return s;
        });
    }

    private CellStyle style(boolean bold, IndexedColors fill, boolean italic) {
        CellStyle s = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        s.setFont(font);
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
