package cn.taizhang.platform.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes one list as an .xlsx ledger (台账): a bold Chinese header row, frozen and with an autofilter, then one row per
 * item, each column as wide as its longest text among the header and the first {@value SheetWriter#SAMPLE} rows. Cells
 * keep their kind so that Excel can sum, sort and filter them: numbers, dates ({@link LocalDate}), times
 * ({@link OffsetDateTime} or {@link Instant}, written in Beijing time), rates ({@link Share}, as a percentage; blank with
 * nothing to divide by), yes or no ({@link Boolean}: 是/否); anything else is text, and stays text even when it starts
 * with {@code =}, {@code +}, {@code -} or {@code @} (no formula is ever written). Rows are written as they come and
 * flushed every {@value SheetWriter#FLUSH_EVERY}, so a list of a million rows takes no more memory than one of a thousand.
 */
public final class ExcelSheet {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ExcelSheet() {
    }

    /** Writes a list already in memory. */
    public static void write(OutputStream out, String sheetName, List<String> headers, List<List<Object>> rows) {
        write(out, sheetName, headers, sink -> rows.forEach(sink::add));
    }

    /**
     * Writes the rows {@code rows} gives to its sink, one by one, as they come (from a database cursor, say); {@code out}
     * is left open.
     */
    public static void write(OutputStream out, String sheetName, List<String> headers, Consumer<RowSink> rows) {
        try {
            Workbook workbook = new Workbook(out, "Taizhang", "1.0");
            SheetWriter sheet = new SheetWriter(workbook, sheetName, headers);
            rows.accept(sheet);
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP download of the sheet, named {@code fileName} (Chinese allowed), built in memory: for short lists. */
    public static ResponseEntity<byte[]> download(String fileName, String sheetName, List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, sheetName, headers, rows);
        return attachment(fileName).body(out.toByteArray());
    }

    /**
     * An HTTP download of a long list, written to the client while {@code rows} produces it. {@code rows} runs after the
     * controller has returned, on another thread (Spring MVC's async support, given up to
     * {@code spring.mvc.async.request-timeout}): the signed-in user comes along, but nothing else bound to the request's
     * thread (no transaction, no audit caller). So audit the export and check what can be checked (scope, parameters) in
     * the controller, capture what {@code rows} needs, and open the query inside it, e.g. a {@code JdbcTemplate} query
     * with a fetch size and a row callback that adds each row to the sink. The answer is 200 before the first row is
     * read: a failure on the way can only cut the file short.
     */
    public static ResponseEntity<StreamingResponseBody> stream(String fileName, String sheetName, List<String> headers, Consumer<RowSink> rows) {
        StreamingResponseBody body = out -> write(out, sheetName, headers, rows);
        return attachment(fileName).body(body);
    }

    static ResponseEntity.BodyBuilder attachment(String fileName) {
        ContentDisposition disposition = ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
    }
}
