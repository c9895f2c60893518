package cn.taizhang.registry.project;

import static cn.taizhang.registry.project.ProjectFixtures.body;
import static cn.taizhang.registry.project.ProjectFixtures.newCode;
import static cn.taizhang.registry.project.ProjectFixtures.newName;
import static cn.taizhang.registry.project.ProjectFixtures.ok;
import static cn.taizhang.registry.project.ProjectFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The project kind catalogue edited by the 系统管理员: its name and report wording changed (projects show them), retired
 * (kept by its projects, refused for new ones and changes) and restored. Only kinds this class adds are edited.
 */
@IntegrationTest
class ProjectKindEditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ProjectFixtures api;

    @BeforeEach
    void setUp() {
        api = new ProjectFixtures(mvc);
    }

    private String newKind(String name) throws Exception {
        String code = newCode();
        ok(api.postKind("demo-sysadmin", ProjectFixtures.JSON.createObjectNode().put("code", code).put("name", name).put("unit", "处")), 201);
        return code;
    }

    private MvcResult putKind(String user, String code, String json) throws Exception {
        return mvc.perform(put("/api/v1/project-kinds/" + code).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn();
    }

    private JsonNode listed(String code) throws Exception {
        return api.json("demo-leader", "/api/v1/project-kinds").get("items").valueStream().filter(k -> k.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private Document page(String user, String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void anEditedKindShowsOnItsProjectsAndARetiredOneIsKeptButNotTakenAnew() throws Exception {
        String code = newKind(newName("河道整治"));
        JsonNode kept = api.created("demo-dispatcher", project(newName("巴拉河整治")).put("kind", code));
        long keptId = kept.get("id").asLong();

        String renamed = newName("河湖治理");
        JsonNode edited = ok(putKind("demo-sysadmin", code,
                "{\"name\":\"" + renamed + "\",\"unit\":\"条\",\"phrase\":\"治理河湖\",\"lengthLabel\":\"河道总长\",\"position\":950}"), 200);
        assertThat(edited.get("unit").asString()).isEqualTo("条");
        JsonNode listed = listed(code);
        assertThat(listed.get("name").asString()).isEqualTo(renamed);
        assertThat(listed.get("phrase").asString()).isEqualTo("治理河湖");
        assertThat(listed.get("lengthLabel").asString()).isEqualTo("河道总长");
        assertThat(listed.get("position").asInt()).isEqualTo(950);
        assertThat(api.json("demo-dispatcher", "/api/v1/projects/" + keptId).get("kindName").asString()).isEqualTo(renamed);

        ok(putKind("demo-sysadmin", code, "{\"retired\":true}"), 200);
        assertThat(listed(code).get("retired").asBoolean()).isTrue();
        assertThat(listed(code).get("unit").asString()).as("what is left out is kept").isEqualTo("条");
        MvcResult refused = api.create("demo-dispatcher", project(newName("新河道")).put("kind", code));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = body(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("kind");
        assertThat(error.get("code").asString()).isEqualTo("RETIRED_KIND");
        assertThat(error.get("detail").asString()).contains("kind：项目类别 " + renamed + " 已停用");

        MvcResult saved = api.update("demo-dispatcher", keptId, "\"1\"", project(kept.get("name").asString()).put("kind", code).put("status", "under_construction"));
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(body(saved).get("kindName").asString()).isEqualTo(renamed);
        JsonNode alley = api.created("demo-dispatcher", project(newName("改类别的巷道")));
        MvcResult changed = api.update("demo-dispatcher", alley.get("id").asLong(), "\"1\"", project(alley.get("name").asString()).put("kind", code));
        assertThat(body(changed).get("errors").get(0).get("code").asString()).isEqualTo("RETIRED_KIND");

        // an imported row of a project that has it (an exported sheet imported again) keeps it; a new project's row does not
        MvcResult reimported = importRows(List.of(List.of(renamed, kept.get("name").asString(), ProjectFixtures.TOWN, 2030, "在建", "导入的备注")));
        assertThat(reimported.getResponse().getStatus()).as(reimported.getResponse().getContentAsString()).isLessThan(300);
        assertThat(api.json("demo-dispatcher", "/api/v1/projects/" + keptId).get("notes").asString()).isEqualTo("导入的备注");
        MvcResult fresh = importRows(List.of(List.of(renamed, newName("导入的新河道"), ProjectFixtures.TOWN, 2030, "计划", "")));
        assertThat(body(fresh).get("errors").get(0).get("code").asString()).isEqualTo("RETIRED_KIND");

        assertThat(page("demo-dispatcher", "/projects/new").select("select[name=kind] option").eachAttr("value")).doesNotContain(code)
                .contains("back_alley");
        assertThat(page("demo-dispatcher", "/projects/" + keptId + "/edit").select("select[name=kind] option[selected]").val()).isEqualTo(code);

        ok(putKind("demo-sysadmin", code, "{\"retired\":false}"), 200);
        assertThat(api.create("demo-dispatcher", project(newName("恢复后的河道")).put("kind", code)).getResponse().getStatus()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'project_kind' AND target_id = ? "
                + "AND before_ref IS NOT NULL AND actor_username = 'demo-sysadmin'", Integer.class, code)).isEqualTo(3);
    }

    @Test
    void onlyTheSystemAdministratorEditsAKindAndItsOwnFieldsAreChecked() throws Exception {
        String code = newKind(newName("桥梁维修"));
        assertThat(putKind("demo-leader", code, "{\"retired\":true}").getResponse().getStatus()).isEqualTo(403);
        assertThat(putKind("demo-dispatcher", code, "{\"retired\":true}").getResponse().getStatus()).isEqualTo(403);
        assertThat(putKind("demo-sysadmin", "no_such_kind_here", "{\"retired\":true}").getResponse().getStatus()).isEqualTo(404);
        MvcResult taken = putKind("demo-sysadmin", code, "{\"name\":\"背街小巷改造\"}");
        assertThat(taken.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(taken).get("code").asString()).isEqualTo("NAME_TAKEN");
        MvcResult bad = putKind("demo-sysadmin", code, "{\"unit\":\"平方千米以上\",\"phrase\":\"\",\"position\":\"first\"}");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("code").asString()))
                .containsExactlyInAnyOrder("unit TOO_LONG", "phrase REQUIRED", "position INVALID_FIELD");
        assertThat(listed(code).get("retired").asBoolean()).isFalse();
        assertThat(listed(code).get("unit").asString()).isEqualTo("处");
    }

    private MvcResult importRows(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        ExcelSheet.write(sheet, "项目台账", List.of("项目类别", "项目名称", "区域代码", "计划年度", "项目状态", "备注"), rows);
        return mvc.perform(multipart("/api/v1/projects/imports")
                .file(new MockMultipartFile("file", "项目.xlsx", ExcelSheet.XLSX.toString(), sheet.toByteArray()))
                .with(DemoUsers.as(mvc, "demo-dispatcher"))).andReturn();
    }
}
