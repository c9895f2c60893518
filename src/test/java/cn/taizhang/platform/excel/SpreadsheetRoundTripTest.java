package cn.taizhang.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** What ExcelSheet writes, SpreadsheetReader reads back as the importers expect it. */
class SpreadsheetRoundTripTest {

    static final List<SheetColumn> COLUMNS = List.of(
            SheetColumn.required("统一社会信用代码", "18 位，数字或大写字母"),
            SheetColumn.required("企业名称", "不超过 100 字"),
            SheetColumn.optional("从业人数", "整数"),
            SheetColumn.optional("注册资本（万元）", "数字"),
            SheetColumn.optional("成立日期", "yyyy-MM-dd"),
            SheetColumn.optional("登记时间", "yyyy-MM-dd HH:mm"),
            SheetColumn.optional("是否规上", "是/否"),
            SheetColumn.optional("备注", "文本"));

    static final List<String> HEADERS = COLUMNS.stream().map(SheetColumn::header).toList();

    @Test
    void whatIsWrittenIsReadBackAsText() {
        byte[] file = write(List.of(
                Arrays.asList("91520100MA6DKXYZ1X", "凯里市苗岭鸿达商贸有限公司", 120, new BigDecimal("50.50"), LocalDate.of(2015, 3, 9),
                        OffsetDateTime.of(2026, 1, 2, 1, 30, 0, 0, ZoneOffset.UTC), true, "  两边有空格\u3000 "),
                Arrays.asList("915201007095700012", "黔东南州某某酒店", 120L, 3.0, null, Instant.parse("2026-01-02T16:00:00Z"), false, null),
                Arrays.asList(null, null, null, null, null, null, null, null),
                Arrays.asList("9152010070957000", "数字代码", 915201007095700012L, 0.1 + 0.2, LocalDate.of(1900, 3, 1), null, null,
                        "=HYPERLINK(\"http://evil\")")));

        List<SheetRow> rows = new SpreadsheetReader(COLUMNS).readAll(new ByteArrayInputStream(file));

        assertThat(rows).extracting(SheetRow::row).containsExactly(2, 3, 5);
        SheetRow first = rows.get(0);
        assertThat(first.cells()).containsOnlyKeys(HEADERS);
        assertThat(first.text("统一社会信用代码")).isEqualTo("91520100MA6DKXYZ1X");
        assertThat(first.text("企业名称")).isEqualTo("凯里市苗岭鸿达商贸有限公司");
        assertThat(first.text("从业人数")).isEqualTo("120");
        assertThat(first.text("注册资本（万元）")).isEqualTo("50.5");
        assertThat(first.text("成立日期")).isEqualTo("2015-03-09");
        assertThat(first.text("登记时间")).isEqualTo("2026-01-02 09:30"); // Beijing time
        assertThat(first.text("是否规上")).isEqualTo("是");
        assertThat(first.text("备注")).isEqualTo("两边有空格");
        SheetRow second = rows.get(1);
        assertThat(second.text("统一社会信用代码")).isEqualTo("915201007095700012");
        assertThat(second.text("从业人数")).isEqualTo("120");
        assertThat(second.text("注册资本（万元）")).isEqualTo("3");
        assertThat(second.text("成立日期")).isEmpty();
        assertThat(second.text("登记时间")).isEqualTo("2026-01-03");
        assertThat(second.text("是否规上")).isEqualTo("否");
        SheetRow last = rows.get(2);
        // a number keeps Excel's 15 digits and is never shown as 9.15201E+17
        assertThat(last.text("从业人数")).isEqualTo("915201007095700000");
        assertThat(last.text("注册资本（万元）")).isEqualTo("0.3");
        assertThat(last.text("成立日期")).isEqualTo("1900-03-01");
        assertThat(last.text("备注")).isEqualTo("=HYPERLINK(\"http://evil\")");
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        List<String> risky = List.of("=1+1", "+1", "-1", "@SUM(A1)", "=cmd|' /C calc'!A0");
        byte[] file = write(risky.stream().map(t -> Arrays.<Object>asList("91520100MA6DKXYZ1X", t)).toList());

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = book.getFirstSheet().read();
            for (int i = 0; i < risky.size(); i++) {
                assertThat(rows.get(i + 1).getCell(1).getType()).isEqualTo(CellType.STRING);
                assertThat(rows.get(i + 1).getCell(1).getFormula()).isNull();
                assertThat(rows.get(i + 1).getCellText(1)).isEqualTo(risky.get(i));
            }
        }
        assertThat(ExcelSheetStreamTest.sheetXml(file)).doesNotContain("<f>");
        assertThat(new SpreadsheetReader(COLUMNS).readAll(new ByteArrayInputStream(file)))
                .extracting(r -> r.text("企业名称")).containsExactlyElementsOf(risky);
    }

    @Test
    void formulasAreNeverEvaluatedButTheirCachedValuesAreRead() {
        byte[] file = Xlsx.withRows(Xlsx.row(1, "统一社会信用代码", "企业名称", "从业人数", "备注")
                + "<row r=\"2\">" + Xlsx.text("A2", "91520100MA6DKXYZ1X")
                + "<c r=\"B2\" t=\"str\"><f>\"凯里\"&amp;\"商贸\"</f><v>凯里商贸</v></c>"
                + "<c r=\"C2\"><f>10*12</f><v>120</v></c>"
                + "<c r=\"D2\"><f>NOW()</f></c></row>"
                + "<row r=\"3\">" + Xlsx.text("A3", "915201007095700012") + "<c r=\"B3\" t=\"str\"><f>A3</f></c>"
                + "<c r=\"C3\"><f t=\"shared\" ref=\"C3:C4\" si=\"0\">C2+1</f><v>121</v></c></row>"
                + "<row r=\"4\">" + Xlsx.text("A4", "x") + "<c r=\"C4\"><f t=\"shared\" si=\"0\"/><v>122</v></c></row>");

        List<SheetRow> rows = new SpreadsheetReader(COLUMNS).readAll(new ByteArrayInputStream(file));

        assertThat(rows.get(0).cells()).containsEntry("企业名称", "凯里商贸").containsEntry("从业人数", "120").containsEntry("备注", "");
        assertThat(rows.get(1).cells()).containsEntry("企业名称", "").containsEntry("从业人数", "121");
        assertThat(rows.get(2).text("从业人数")).isEqualTo("122");
    }

    @Test
    void datesTimesAndNumbersAsExcelShowsThem() {
        byte[] file = Xlsx.withRows(Xlsx.row(1, "统一社会信用代码", "企业名称", "成立日期", "登记时间", "从业人数", "备注")
                + "<row r=\"2\">" + Xlsx.text("A2", "a") + Xlsx.text("B2", "b")
                + "<c r=\"C2\" s=\"1\"><v>45658</v></c><c r=\"D2\" s=\"1\"><v>45658.5</v></c>"
                + "<c r=\"E2\"><v>1.2E+3</v></c><c r=\"F2\" t=\"b\"><v>1</v></c></row>"
                + "<row r=\"3\">" + Xlsx.text("A3", "a") + "<c r=\"C3\" s=\"1\"><v>0.75</v></c><c r=\"E3\"><v>-0</v></c>"
                + "<c r=\"F3\" t=\"e\"><v>#N/A</v></c></row>");

        List<SheetRow> rows = new SpreadsheetReader(COLUMNS).readAll(new ByteArrayInputStream(file));

        assertThat(rows.get(0).cells()).containsEntry("成立日期", "2025-01-01").containsEntry("登记时间", "2025-01-01 12:00")
                .containsEntry("从业人数", "1200").containsEntry("备注", "是");
        assertThat(rows.get(1).cells()).containsEntry("成立日期", "18:00").containsEntry("从业人数", "0").containsEntry("备注", "#N/A");
    }

    @Test
    void theHeaderIsTheFirstRowWithTextAndColumnsWithoutHeaderAreNotRead() {
        byte[] file = Xlsx.withRows("<row r=\"1\" s=\"1\" customFormat=\"1\"/>" + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                + "<row r=\"3\">" + Xlsx.text("B3", "企业名称") + Xlsx.text("D3", " 统一社会信用代码\u00A0") + "</row>"
                + "<row r=\"4\">" + Xlsx.text("A4", "没有表头的列") + Xlsx.text("B4", "某公司") + Xlsx.text("C4", "x") + "</row>"
                + "<row r=\"5\">" + Xlsx.text("A5", "只有没有表头的列有字") + "</row>");

        List<SheetRow> rows = new SpreadsheetReader(COLUMNS).readAll(new ByteArrayInputStream(file));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).row()).isEqualTo(4);
        assertThat(rows.get(0).cells()).containsOnlyKeys("企业名称", "统一社会信用代码").containsEntry("企业名称", "某公司")
                .containsEntry("统一社会信用代码", "");
    }

    @Test
    void picturesAndOtherPartsAreNoObstacle() {
        byte[] noise = new byte[300_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] angled = noise.clone();
        angled[0] = '<';
        byte[] file = Xlsx.workbook(zip -> {
            Xlsx.part(zip, Xlsx.SHEET, out -> out.write((Xlsx.SHEET_START + Xlsx.row(1, "统一社会信用代码", "企业名称") + Xlsx.row(2, "a", "b")
                    + Xlsx.SHEET_END).getBytes(StandardCharsets.UTF_8)));
            Xlsx.part(zip, "xl/media/image1.png", out -> out.write(noise));
            Xlsx.part(zip, "xl/media/image2.emf", out -> out.write(angled));
            Xlsx.part(zip, "docProps/app.xml", "<Properties><Broken></Properties>");
        });

        assertThat(new SpreadsheetReader(COLUMNS).readAll(new ByteArrayInputStream(file))).hasSize(1);
    }

    @Test
    void numbersExcelCannotShowAreLeftBlank() {
        byte[] file = write(List.of(Arrays.asList("a", "b", Double.NaN, Double.POSITIVE_INFINITY, null, null, null, null)));

        assertThat(new SpreadsheetReader(COLUMNS).readAll(new ByteArrayInputStream(file)).get(0).cells())
                .containsEntry("从业人数", "").containsEntry("注册资本（万元）", "");
    }

    static byte[] write(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheet.write(out, "企业", HEADERS, rows);
        return out.toByteArray();
    }
}
