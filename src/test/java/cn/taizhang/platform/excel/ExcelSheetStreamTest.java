package cn.taizhang.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A long list written row by row: every row there, in order, the sheet set up as a short one. */
class ExcelSheetStreamTest {

    static final int ROWS = SheetWriter.SAMPLE + 3 * SheetWriter.FLUSH_EVERY + 17;

    @Test
    void aStreamedDownloadHasEveryRow() throws IOException {
        ResponseEntity<StreamingResponseBody> download = ExcelSheet.stream("企业台账（全部）.xlsx", "企业", List.of("序号", "名称", "成立日期", "占比", "规上"),
                sink -> {
                    List<Object> row = new ArrayList<>(); // one list, reused: the sink is done with it when add returns
                    for (int i = 1; i <= ROWS; i++) {
                        row.clear();
                        row.addAll(Arrays.asList(i, i > SheetWriter.SAMPLE ? "后来的名称要长得多，长得多，长得多" : "企业" + i,
                                LocalDate.of(2020, 1, 1).plusDays(i), new Share(i % 2 == 0 ? 0.5 : null), i % 3 == 0));
                        sink.add(row);
                    }
                });

        assertThat(download.getHeaders().getContentType()).isEqualTo(ExcelSheet.XLSX);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename*=UTF-8''%E4%BC%81%E4%B8%9A");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        download.getBody().writeTo(out);

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(ROWS + 1);
            for (int i = 1; i <= ROWS; i++) {
                assertThat(rows.get(i).getRowNum()).isEqualTo(i + 1);
                assertThat(rows.get(i).getCellAsNumber(0).orElseThrow().intValue()).isEqualTo(i);
            }
            assertThat(rows.get(2).getCellText(1)).isEqualTo("企业2");
            assertThat(rows.get(2).getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 3));
            assertThat(rows.get(2).getCellAsNumber(3).orElseThrow().doubleValue()).isEqualTo(0.5);
            assertThat(rows.get(1).getCellText(3)).isEmpty();
            assertThat(rows.get(3).getCellText(4)).isEqualTo("是");
            assertThat(rows.get(ROWS).getCellText(1)).isEqualTo("后来的名称要长得多，长得多，长得多");
        }
        String xml = sheetXml(out.toByteArray());
        assertThat(xml).contains("<autoFilter ref=\"A1:E" + (ROWS + 1) + "\">").contains("state=\"frozen\"");
        // widths come from the header and the first rows: 企业1000 is 8 wide, plus 2
        assertThat(xml).containsPattern("<col min=\"2\" max=\"2\" width=\"10(\\.0+)?\"");
    }

    /** As Spring MVC answers a handler returning the download: asynchronously, the rows produced on another thread. */
    @Test
    void springMvcStreamsTheDownload() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Exports()).build();

        MvcResult started = mvc.perform(get("/export")).andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(10_000);
        MvcResult done = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, ExcelSheet.XLSX.toString())).andReturn();

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(done.getResponse().getContentAsByteArray()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(ROWS + 1);
            assertThat(rows.get(ROWS).getCellText(1)).isEqualTo("第" + ROWS + "行");
        }
    }

    @RestController
    static class Exports {

        @GetMapping("/export")
        ResponseEntity<StreamingResponseBody> export() {
            return ExcelSheet.stream("导出.xlsx", "导出", List.of("序号", "名称"), sink -> {
                for (int i = 1; i <= ROWS; i++) {
                    sink.add(List.of(i, "第" + i + "行"));
                }
            });
        }
    }

    @Test
    void aShortListIsTheSameAsBefore() throws IOException {
        ResponseEntity<byte[]> download = ExcelSheet.download("人员台账.xlsx", "人员", List.of("姓名", "人数"),
                List.of(Arrays.asList("张三", 3), Arrays.asList(null, null)));

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(download.getBody()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("张三");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("3");
        }
        assertThat(sheetXml(download.getBody())).contains("<autoFilter ref=\"A1:B3\">");
    }

    @Test
    void anEmptyListIsTheHeaderAlone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheet.write(out, "空", List.of("姓名"), sink -> {
        });

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getFirstSheet().read()).hasSize(1);
        }
    }

    /** The first worksheet's XML. */
    static String sheetXml(byte[] file) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(file)).get();
                InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return new String(sheet.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
