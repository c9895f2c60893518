package cn.taizhang.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The template and the error report, read back. */
class ImportSheetsTest {

    @Test
    void theTemplateHasTheHeadersAndAGuide() throws IOException {
        ResponseEntity<byte[]> download = ImportSheets.template("企业导入模板.xlsx", "企业", SpreadsheetRoundTripTest.COLUMNS);

        assertThat(download.getHeaders().getContentType()).isEqualTo(ExcelSheet.XLSX);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains("filename*=UTF-8''");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(download.getBody()))) {
            List<Sheet> sheets = book.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("企业", "填写说明");
            List<Row> template = sheets.get(0).read();
            assertThat(template).hasSize(1);
            assertThat(template.get(0).stream().map(c -> c.getText()).toList()).containsExactlyElementsOf(SpreadsheetRoundTripTest.HEADERS);
            List<Row> guide = sheets.get(1).read();
            assertThat(texts(guide.get(0))).containsExactly("列名", "是否必填", "填写要求");
            assertThat(texts(guide.get(1))).containsExactly("统一社会信用代码", "是", "18 位，数字或大写字母");
            assertThat(texts(guide.get(3))).containsExactly("从业人数", "否", "整数");
            assertThat(guide).hasSize(1 + SpreadsheetRoundTripTest.COLUMNS.size());
        }
        // the columns are formatted as text, so that Excel keeps an 18-digit code as typed
        assertThat(ExcelSheetStreamTest.sheetXml(download.getBody())).containsPattern("<col [^>]*style=\"[1-9]");
    }

    @Test
    void theTemplatesHeaderRowIsAccepted() {
        // the reader takes the template's header row: only the data is missing
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportSheets.writeTemplate(out, "企业", SpreadsheetRoundTripTest.COLUMNS);
        assertThat(SpreadsheetRefusalTest.refusal(out.toByteArray()).code()).isEqualTo(SpreadsheetRefusal.EMPTY_SPREADSHEET);
    }

    @Test
    void theErrorReportHasOneRowPerError() throws IOException {
        List<ImportError> errors = List.of(ImportError.at(2, "统一社会信用代码", "INVALID_CODE", "校验码不正确"),
                ImportError.ofRow(7, "DUPLICATE_ROW", "与第 3 行重复"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportSheets.writeErrors(out, errors);

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(texts(rows.get(0))).containsExactly("行", "列", "错误代码", "说明");
            assertThat(texts(rows.get(1))).containsExactly("2", "统一社会信用代码", "INVALID_CODE", "第 2 行“统一社会信用代码”：校验码不正确");
            assertThat(texts(rows.get(2))).containsExactly("7", "", "DUPLICATE_ROW", "第 7 行：与第 3 行重复");
        }
        assertThat(ImportSheets.errors("错误报告.xlsx", errors).getBody()).isNotEmpty();
    }

    static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }
}
