package cn.taizhang.registry.place;

import static cn.taizhang.registry.place.PlaceFixtures.GRID;
import static cn.taizhang.registry.place.PlaceFixtures.newName;
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
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Place sheets in and out: rows checked by row and column with the API's own form, all-or-nothing or the clean rows, a
 * place named by type, name and grid (re-importing a file changes nothing; an exported sheet edited and imported again
 * updates), the template and its 填写说明.
 */
@IntegrationTest
class PlaceImportTests {

    static final List<String> HEADERS = List.of("场所类型", "场所名称", "网格代码", "地址", "责任单位");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PlaceFixtures api;

    @BeforeEach
    void setUp() {
        api = new PlaceFixtures(mvc);
    }

    /** A sheet in some of the template's columns, in another order: headers are matched by name. */
    static byte[] sheet(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheet.write(out, "场所台账", HEADERS, rows);
        return out.toByteArray();
    }

    static List<Object> row(String type, String name) {
        return new ArrayList<>(List.of(type, name, GRID, "凯里市北京东路 8 号", "大十字街道办事处"));
    }

    MvcResult upload(String user, byte[] file, String mode, boolean dryRun) throws Exception {
        var request = multipart("/api/v1/places/imports").file(new MockMultipartFile("file", "场所.xlsx", ExcelSheet.XLSX.toString(), file))
                .with(DemoUsers.as(mvc, user));
        if (mode != null) {
            request.param("mode", mode);
        }
        if (dryRun) {
            request.param("dryRun", "true");
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult upload(byte[] file, String mode) throws Exception {
        return upload("demo-gridworker", file, mode, false);
    }

    /** A streamed download: the request starts it, the async dispatch writes it. */
    byte[] exported(String path) throws Exception {
        MvcResult started = mvc.perform(get(path).with(DemoUsers.as(mvc, "demo-dispatcher"))).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }

    private long stored(String... names) {
        return jdbc.queryForObject("SELECT count(*) FROM place WHERE name = ANY (?)", Long.class, (Object) names);
    }

    @Test
    void badRowsAreNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        String good = newName("导入学校");
        List<Object> unknownType = row("飞机场", newName("导入机场"));
        List<Object> noName = row("医院", "");
        List<Object> otherGrid = row("学校", newName("导入他网格学校"));
        otherGrid.set(2, "522601003001001");
        MvcResult r = upload(sheet(List.of(row("学校", good), unknownType, noName, otherGrid)), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = PlaceFixtures.body(r);
        assertThat(problem.get("code").asString()).isEqualTo("IMPORT_REJECTED");
        JsonNode errors = problem.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("场所类型");
        assertThat(errors.get(0).get("code").asString()).isEqualTo("UNKNOWN_TYPE");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("场所名称");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(2).get("column").asString()).isEqualTo("网格代码");
        assertThat(errors.get(2).get("code").asString()).isEqualTo("UNKNOWN_GRID");
        assertThat(stored(good)).isZero();
    }

    @Test
    void modeValidWritesTheCleanRowsAndARepeatedPlaceIsRefused() throws Exception {
        String good = newName("部分导入网吧");
        String twice = newName("重复行网吧");
        MvcResult r = upload(sheet(List.of(row("网吧", good), row("网吧", twice), row("网吧", twice))), "valid");
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode result = PlaceFixtures.body(r);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("errors")).hasSize(1);
        assertThat(result.get("errors").get(0).get("code").asString()).isEqualTo("DUPLICATE_IN_FILE");
        assertThat(result.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(result.get("errors").get(0).get("column").asString()).isEqualTo("场所名称");
        assertThat(stored(good, twice)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT action FROM registry_change WHERE registry = 'place' AND record_id = "
                + "(SELECT id FROM place WHERE name = ?)", String.class, good)).isEqualTo("imported");
    }

    @Test
    void aDryRunWritesNothingAndTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String name = newName("重复导入医院");
        byte[] file = sheet(List.of(row("医院", name)));
        JsonNode dry = PlaceFixtures.body(upload("demo-gridworker", file, null, true));
        assertThat(dry.get("created").asInt()).isEqualTo(1);
        assertThat(stored(name)).isZero();
        assertThat(PlaceFixtures.body(upload(file, null)).get("created").asInt()).isEqualTo(1);
        long id = jdbc.queryForObject("SELECT id FROM place WHERE name = ?", Long.class, name);
        JsonNode again = PlaceFixtures.body(upload(file, null));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT version FROM place WHERE id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM registry_change WHERE registry = 'place' AND record_id = ?", Long.class, id))
                .isEqualTo(1);
        // the same name as another type, or in another grid, is another place
        List<Object> asSchool = row("学校", name);
        assertThat(PlaceFixtures.body(upload(sheet(List.of(asSchool)), null)).get("created").asInt()).isEqualTo(1);
    }

    @Test
    void anExportedSheetEditedAndImportedAgainUpdatesThePlace() throws Exception {
        String name = newName("往返导入农贸市场");
        upload(sheet(List.of(row("农贸市场", name))), null);
        byte[] exported = exported("/api/v1/places/export.xlsx?type=market&q=" + name);
        List<String> headers = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = book.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("农贸市场台账");
            List<Row> read = sheet.read();
            read.get(0).forEach(c -> headers.add(c.getRawValue()));
            for (Row row : read.subList(1, read.size())) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        assertThat(headers).contains("场所类型", "场所名称", "镇（街道）", "网格代码", "网格名称", "责任单位", "更新时间");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(headers.indexOf("镇（街道）"))).isEqualTo("大十字街道");
        rows.get(0).set(headers.indexOf("责任单位"), "凯里市商务局");
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        ExcelSheet.write(edited, "场所台账", headers, rows);
        MvcResult r = upload(edited.toByteArray(), null);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(PlaceFixtures.body(r).get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT responsible_unit FROM place WHERE name = ?", String.class, name)).isEqualTo("凯里市商务局");
        assertThat(jdbc.queryForObject("SELECT version FROM place WHERE name = ?", Integer.class, name)).isEqualTo(2);
    }

    @Test
    void theTemplateHasTheImportedColumnsAndTheirGuideAndOnlyWritersImport() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/places/template.xlsx").with(DemoUsers.as(mvc, "demo-gridworker"))).andReturn().getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<String> headers = new ArrayList<>();
            book.getFirstSheet().read().get(0).forEach(c -> headers.add(c.getRawValue()));
            assertThat(headers).containsExactly("场所类型", "场所名称", "地址", "网格代码", "经度", "纬度", "责任单位", "备注");
            assertThat(book.getSheets().map(Sheet::getName).toList()).contains("填写说明");
        }
        MvcResult refused = upload("demo-handler", sheet(List.of(row("学校", newName("无权导入学校")))), null, false);
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        MvcResult noFile = mvc.perform(multipart("/api/v1/places/imports").with(DemoUsers.as(mvc, "demo-gridworker"))).andReturn();
        assertThat(noFile.getResponse().getStatus()).isEqualTo(400);
    }
}
