package cn.taizhang.platform.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import cn.taizhang.platform.BeijingTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes one list as an .xlsx ledger (台账): a bold Chinese header row, frozen and with an autofilter, then one row per
 * item, each column as wide as its longest text. Cells keep their kind so that Excel can sum, sort and filter them:
 * numbers, dates ({@link LocalDate}), times ({@link OffsetDateTime} or {@link Instant}, written in Beijing time),
 * rates ({@link Share}, as a percentage; blank with nothing to divide by), yes or no ({@link Boolean}: 是/否); anything else is text.
 */
public final class ExcelSheet {

    private static final int MAX_WIDTH = 60;

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ExcelSheet() {
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, List<List<Object>> rows) {
        try {
            Workbook workbook = new Workbook(out, "Taizhang", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
            }
            int[] widths = headers.stream().mapToInt(ExcelSheet::width).toArray();
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String shown = cell(sheet, r + 1, c, row.get(c));
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], width(shown));
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
            }
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, rows.size(), Math.max(0, headers.size() - 1));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one cell; answers the text it shows, for the column's width. */
    private static String cell(Worksheet sheet, int r, int c, Object v) {
        if (v == null || v instanceof Share share && share.value() == null) {
            return "";
        }
        if (v instanceof Number n) {
            sheet.value(r, c, n);
            return n.toString();
        }
        if (v instanceof Share share) {
            sheet.value(r, c, share.value());
            sheet.style(r, c).format("0.0%").set();
            return "100.0%";
        }
        if (v instanceof Boolean b) {
            sheet.value(r, c, b ? "是" : "否");
            return "是";
        }
        if (v instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format("yyyy-mm-dd").set();
            return "2026-12-31";
        }
        if (v instanceof OffsetDateTime t) {
            return time(sheet, r, c, t.toInstant());
        }
        if (v instanceof Instant t) {
            return time(sheet, r, c, t);
        }
        sheet.value(r, c, v.toString());
        return v.toString();
    }

    private static String time(Worksheet sheet, int r, int c, Instant t) {
        sheet.value(r, c, t.atZone(BeijingTime.ZONE).toLocalDateTime());
        sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
        return "2026-12-31 23:59";
    }

    /** Columns are measured in characters of the default font; a Chinese character takes about two. */
    private static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }

    /** An HTTP download of the sheet, named {@code fileName} (Chinese allowed). */
    public static ResponseEntity<byte[]> download(String fileName, String sheetName, List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, sheetName, headers, rows);
        ContentDisposition disposition = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out.toByteArray());
    }

}
