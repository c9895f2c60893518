package cn.taizhang.platform.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.springframework.http.ResponseEntity;

/**
 * The sheets around an import: the template to fill in (the headers, and a second sheet 填写说明 saying for each column
 * whether it is required and what it takes) and the report of a refused import's errors (行, 列, 错误代码, 说明).
 */
public final class ImportSheets {

    public static final List<String> ERROR_HEADERS = List.of("行", "列", "错误代码", "说明");
    public static final String GUIDE_SHEET = "填写说明";
    public static final List<String> GUIDE_HEADERS = List.of("列名", "是否必填", "填写要求");

    private ImportSheets() {
    }

    /**
     * Writes the template: a sheet named {@code sheetName} with the columns' headers, formatted as text so that long
     * codes and leading zeros stay as typed, then the sheet 填写说明.
     */
    public static void writeTemplate(OutputStream out, String sheetName, List<SheetColumn> columns) {
        try {
            Workbook workbook = new Workbook(out, "Taizhang", "1.0");
            new SheetWriter(workbook, sheetName, columns.stream().map(SheetColumn::header).toList()).textColumns().finish();
            SheetWriter guide = new SheetWriter(workbook, GUIDE_SHEET, GUIDE_HEADERS);
            columns.forEach(c -> guide.add(List.of(c.header(), c.required() ? "是" : "否", c.format() == null ? "" : c.format())));
            guide.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template as an HTTP download named {@code fileName}. */
    public static ResponseEntity<byte[]> template(String fileName, String sheetName, List<SheetColumn> columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTemplate(out, sheetName, columns);
        return ExcelSheet.attachment(fileName).body(out.toByteArray());
    }

    /** Writes the errors as a sheet 错误报告, one row each, in their order. */
    public static void writeErrors(OutputStream out, List<ImportError> errors) {
        ExcelSheet.write(out, "错误报告", ERROR_HEADERS,
                sink -> errors.forEach(e -> sink.add(Arrays.asList(e.row(), e.column(), e.code(), e.detail()))));
    }

    /** The error report as an HTTP download named {@code fileName}. */
    public static ResponseEntity<byte[]> errors(String fileName, List<ImportError> errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeErrors(out, errors);
        return ExcelSheet.attachment(fileName).body(out.toByteArray());
    }
}
