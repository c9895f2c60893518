package cn.taizhang.registry.project;

import static cn.taizhang.registry.project.ProjectFixtures.OTHER_TOWN;
import static cn.taizhang.registry.project.ProjectFixtures.TOWN;
import static cn.taizhang.registry.project.ProjectFixtures.newName;
import static cn.taizhang.registry.project.ProjectFixtures.project;
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
 * Project sheets in and out: rows checked by row and column with the API's own form, all-or-nothing or the clean rows, a
 * project named by kind, name and year (re-importing a file changes nothing; an exported sheet edited and imported again
 * updates; one registered by another 镇街 is not changed), the template.
 */
@IntegrationTest
class ProjectImportTests {

    static final List<String> HEADERS = List.of("项目类别", "项目名称", "区域代码", "计划年度", "项目状态", "涉及户数", "受益人数", "长度（米）",
            "投资（万元）");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ProjectFixtures api;

    @BeforeEach
    void setUp() {
        api = new ProjectFixtures(mvc);
    }

    static byte[] sheet(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelSheet.write(out, "项目台账", HEADERS, rows);
        return out.toByteArray();
    }

    /** A completed 背街小巷改造 of 2035 in 大十字街道 (a year no other test uses). */
    static List<Object> row(String name) {
        return new ArrayList<>(List.of("背街小巷改造", name, TOWN, 2035, "完工", 210, 800, "640", "152.5"));
    }

    MvcResult upload(String user, byte[] file, String mode) throws Exception {
        var request = multipart("/api/v1/projects/imports").file(new MockMultipartFile("file", "项目.xlsx", ExcelSheet.XLSX.toString(), file))
                .with(DemoUsers.as(mvc, user));
        if (mode != null) {
            request.param("mode", mode);
        }
        return mvc.perform(request).andReturn();
    }

    byte[] exported(String path) throws Exception {
        MvcResult started = mvc.perform(get(path).with(DemoUsers.as(mvc, "demo-dispatcher"))).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }

    private long stored(String... names) {
        return jdbc.queryForObject("SELECT count(*) FROM project WHERE name = ANY (?)", Long.class, (Object) names);
    }

    @Test
    void badRowsAreNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        String good = newName("导入小巷");
        List<Object> badYear = row(newName("导入错年小巷"));
        badYear.set(3, "明年");
        List<Object> badStatus = row(newName("导入错状态小巷"));
        badStatus.set(4, "已完成");
        List<Object> otherTown = row(newName("导入他镇小巷"));
        otherTown.set(2, OTHER_TOWN);
        List<Object> tooPrecise = row(newName("导入多位小数小巷"));
        tooPrecise.set(8, "1.555");
        MvcResult r = upload("demo-dispatcher", sheet(List.of(row(good), badYear, badStatus, otherTown, tooPrecise)), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        JsonNode errors = ProjectFixtures.body(r).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + ":" + e.get("column").asString()))
                .containsExactly("3:计划年度", "4:项目状态", "5:区域代码", "6:投资（万元）");
        assertThat(stored(good)).isZero();
    }

    @Test
    void modeValidWritesTheCleanRowsAndTheSameFileTwiceChangesNothing() throws Exception {
        String good = newName("部分导入小巷");
        String twice = newName("重复行小巷");
        byte[] file = sheet(List.of(row(good), row(twice), row(twice)));
        JsonNode first = ProjectFixtures.body(upload("demo-dispatcher", file, "valid"));
        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(first.get("errors").get(0).get("code").asString()).isEqualTo("DUPLICATE_IN_FILE");
        assertThat(first.get("errors").get(0).get("column").asString()).isEqualTo("项目名称");
        JsonNode again = ProjectFixtures.body(upload("demo-dispatcher", file, "valid"));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT version FROM project WHERE name IN (?, ?)", Integer.class, good, twice)).containsOnly(1);
        assertThat(jdbc.queryForObject("SELECT investment FROM project WHERE name = ?", java.math.BigDecimal.class, good))
                .isEqualByComparingTo("152.5");
        // the same name in another year is another project
        List<Object> nextYear = row(good);
        nextYear.set(3, 2036);
        assertThat(ProjectFixtures.body(upload("demo-dispatcher", sheet(List.of(nextYear)), null)).get("created").asInt()).isEqualTo(1);
    }

    @Test
    void anExportedSheetEditedAndImportedAgainUpdatesTheProject() throws Exception {
        String name = newName("往返导入小巷");
        JsonNode created = api.created("demo-dispatcher", project(name).put("year", 2035));
        byte[] exported = exported("/api/v1/projects/export.xlsx?year=2035&kind=back_alley&q=" + name);
        List<String> headers = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = book.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("2035年背街小巷改造项目台账");
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
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(headers.indexOf("项目状态"))).isEqualTo("计划");
        // unchanged as exported
        ByteArrayOutputStream same = new ByteArrayOutputStream();
        ExcelSheet.write(same, "项目台账", headers, rows);
        assertThat(ProjectFixtures.body(upload("demo-dispatcher", same.toByteArray(), null)).get("unchanged").asInt()).isEqualTo(1);
        rows.get(0).set(headers.indexOf("项目状态"), "在建");
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        ExcelSheet.write(edited, "项目台账", headers, rows);
        MvcResult r = upload("demo-dispatcher", edited.toByteArray(), null);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(ProjectFixtures.body(r).get("updated").asInt()).isEqualTo(1);
        long id = created.get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT status FROM project WHERE id = ?", String.class, id)).isEqualTo("under_construction");
        assertThat(jdbc.queryForObject("SELECT action FROM registry_change WHERE registry = 'project' AND record_id = ? ORDER BY id DESC LIMIT 1",
                String.class, id)).isEqualTo("imported");
    }

    @Test
    void aProjectOfAnotherTownIsNotChangedAndOnlyWritersImport() throws Exception {
        String name = newName("他镇同名小巷");
        List<Object> theirs = row(name);
        theirs.set(2, OTHER_TOWN);
        assertThat(ProjectFixtures.body(upload("t" + OTHER_TOWN + "-dispatcher-1", sheet(List.of(theirs)), null)).get("created").asInt())
                .isEqualTo(1);
        MvcResult r = upload("demo-dispatcher", sheet(List.of(row(name))), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(ProjectFixtures.body(r).get("errors").get(0).get("code").asString()).isEqualTo("PROJECT_TAKEN");
        assertThat(upload("demo-gridworker", sheet(List.of(row(newName("无权导入小巷")))), null).getResponse().getStatus()).isEqualTo(403);
        byte[] template = mvc.perform(get("/api/v1/projects/template.xlsx").with(DemoUsers.as(mvc, "demo-dispatcher"))).andReturn()
                .getResponse().getContentAsByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<String> headers = new ArrayList<>();
            book.getFirstSheet().read().get(0).forEach(c -> headers.add(c.getRawValue()));
            assertThat(headers).containsExactly("项目类别", "项目名称", "区域代码", "计划年度", "项目状态", "涉及户数", "受益人数", "长度（米）",
                    "面积（平方米）", "投资（万元）", "备注");
        }
    }
}
