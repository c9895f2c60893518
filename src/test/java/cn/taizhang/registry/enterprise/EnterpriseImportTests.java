package cn.taizhang.registry.enterprise;

import static cn.taizhang.registry.enterprise.EnterpriseFixtures.GRID;
import static cn.taizhang.registry.enterprise.EnterpriseFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Enterprise sheets in and out: rows checked by row and column, all-or-nothing or the clean rows, re-import idempotent, the export's round trip. */
@IntegrationTest
class EnterpriseImportTests {

    static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "网格代码", "行业领域", "风险等级", "从业人数", "是否建会", "工会会员人数");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** A sheet in the template's columns (a subset, in another order: headers are matched by name). */
    static byte[] sheet(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheet.write(out, "企业台账", HEADERS, rows);
        return out.toByteArray();
    }

    static List<Object> row(String code, String name) {
        return new ArrayList<>(List.of(code, name, GRID, "危险化学品、消防", "黄色", 40, "是", 12));
    }

    MvcResult upload(byte[] file, String mode) throws Exception {
        var request = multipart("/api/v1/enterprises/imports").file(new MockMultipartFile("file", "企业.xlsx", ExcelSheet.XLSX.toString(), file))
                .with(DemoUsers.as(mvc, "demo-dispatcher"));
        if (mode != null) {
            request.param("mode", mode);
        }
        return mvc.perform(request).andReturn();
    }

    /** A streamed download: the request starts it, the async dispatch writes it. */
    byte[] exported(String path) throws Exception {
        MvcResult started = mvc.perform(get(path).with(DemoUsers.as(mvc, "demo-dispatcher"))).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }

    private long stored(String... codes) {
        return jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE uscc = ANY (?)", Long.class, (Object) codes);
    }

    @Test
    void aBadRowIsNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        String good = newCode();
        String bad = newCode();
        String wrongCheck = bad.substring(0, 17) + (bad.charAt(17) == '0' ? '1' : '0');
        List<Object> unknownSector = row(newCode(), "导入未知行业企业");
        unknownSector.set(3, "造船");
        MvcResult r = upload(sheet(List.of(row(good, "导入企业甲"), row(wrongCheck, "导入企业乙"), unknownSector)), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = EnterpriseFixtures.body(r);
        assertThat(problem.get("code").asString()).isEqualTo("IMPORT_REJECTED");
        assertThat(problem.get("errors")).hasSize(2);
        JsonNode first = problem.get("errors").get(0);
        assertThat(first.get("row").asInt()).isEqualTo(3);
        assertThat(first.get("column").asString()).isEqualTo("统一社会信用代码");
        assertThat(first.get("code").asString()).isEqualTo("USCC_CHECK_CHARACTER");
        assertThat(first.get("detail").asString()).contains("应为“" + bad.charAt(17) + "”");
        JsonNode second = problem.get("errors").get(1);
        assertThat(second.get("row").asInt()).isEqualTo(4);
        assertThat(second.get("column").asString()).isEqualTo("行业领域");
        assertThat(stored(good)).isZero();
    }

    @Test
    void modeValidWritesTheCleanRowsAndReportsTheRest() throws Exception {
        String good = newCode();
        String twice = newCode();
        MvcResult r = upload(sheet(List.of(row(good, "部分导入企业"), row(twice, "重复行企业"), row(twice, "重复行企业"))), "valid");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode result = EnterpriseFixtures.body(r);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("errors").get(0).get("code").asString()).isEqualTo("DUPLICATE_IN_FILE");
        assertThat(result.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(stored(good, twice)).isEqualTo(2);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String code = newCode();
        byte[] file = sheet(List.of(row(code, "重复导入企业")));
        assertThat(EnterpriseFixtures.body(upload(file, null)).get("created").asInt()).isEqualTo(1);
        long id = jdbc.queryForObject("SELECT id FROM enterprise WHERE uscc = ?", Long.class, code);
        JsonNode again = EnterpriseFixtures.body(upload(file, null));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM enterprise WHERE id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registry_change WHERE registry = 'enterprise' AND record_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void anExportedSheetEditedAndImportedAgainUpdatesTheEnterprise() throws Exception {
        String code = newCode();
        upload(sheet(List.of(row(code, "往返导入企业"))), null);
        byte[] exported = exported("/api/v1/enterprises/export.xlsx?q=" + code);
        List<List<Object>> rows = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
            List<Row> read = book.getFirstSheet().read();
            read.get(0).forEach(c -> headers.add(c.getRawValue()));
            for (Row row : read.subList(1, read.size())) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        assertThat(rows).hasSize(1);
        rows.get(0).set(headers.indexOf("风险等级"), "红色");
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        ExcelSheet.write(edited, "企业台账", headers, rows);
        MvcResult r = upload(edited.toByteArray(), null);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(EnterpriseFixtures.body(r).get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT risk_level FROM enterprise WHERE uscc = ?", String.class, code)).isEqualTo("red");
        assertThat(jdbc.queryForObject("""
                SELECT action FROM registry_change WHERE registry = 'enterprise'
                AND record_id = (SELECT id FROM enterprise WHERE uscc = ?) ORDER BY id DESC LIMIT 1""", String.class, code)).isEqualTo("imported");
    }

    @Test
    void anEnterpriseOfAnotherTownCannotBeOverwrittenByAnImport() throws Exception {
        String code = jdbc.queryForObject("SELECT uscc FROM enterprise WHERE area_code NOT LIKE '522601002%' ORDER BY id LIMIT 1", String.class);
        MvcResult r = upload(sheet(List.of(row(code, "冒名顶替企业"))), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(EnterpriseFixtures.body(r).get("errors").get(0).get("code").asString()).isEqualTo("USCC_TAKEN");
    }

    @Test
    void hostileFilesAreRefusedWithAClearError() throws Exception {
        MvcResult png = upload(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, null);
        assertThat(png.getResponse().getStatus()).isEqualTo(400);
        assertThat(EnterpriseFixtures.body(png).get("code").asString()).isEqualTo("NOT_A_SPREADSHEET");
        ByteArrayOutputStream wrongHeader = new ByteArrayOutputStream();
        ExcelSheet.write(wrongHeader, "Sheet1", List.of("名称", "电话"), List.of(List.of("某企业", "123")));
        MvcResult header = upload(wrongHeader.toByteArray(), null);
        assertThat(header.getResponse().getStatus()).isEqualTo(400);
        assertThat(EnterpriseFixtures.body(header).get("detail").asString()).contains("统一社会信用代码");
    }

    @Test
    void theTemplateHasTheImportedColumnsAndAGuide() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/enterprises/template.xlsx").with(DemoUsers.as(mvc, "demo-dispatcher")))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<String> headers = new ArrayList<>();
            book.getFirstSheet().read().get(0).forEach(c -> headers.add(c.getRawValue()));
            assertThat(headers).startsWith("统一社会信用代码", "企业名称").contains("行业领域", "风险等级", "是否建会").doesNotContain("更新时间");
            assertThat(book.getSheets().count()).isEqualTo(2);
        }
    }
}
