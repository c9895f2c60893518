package cn.taizhang.registry.place;

import static cn.taizhang.registry.place.PlaceFixtures.body;
import static cn.taizhang.registry.place.PlaceFixtures.newName;
import static cn.taizhang.registry.place.PlaceFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The place type catalogue edited by the 系统管理员: renamed and reordered (places show the new name), retired (listed
 * still, kept by the places that have it, refused for new places, changes and imports) and restored. Only types this
 * class adds are edited: the suite shares one database.
 */
@IntegrationTest
class PlaceTypeEditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PlaceFixtures api;

    @BeforeEach
    void setUp() {
        api = new PlaceFixtures(mvc);
    }

    /** Adds a type of a code and name no other test uses; answers its code. */
    private String newType(String name) throws Exception {
        String code = "edit_" + newName("t").replace("-", "_").toLowerCase();
        MvcResult added = api.postType("demo-sysadmin", PlaceFixtures.JSON.createObjectNode().put("code", code).put("name", name));
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(201);
        return code;
    }

    private MvcResult putType(String user, String code, String json) throws Exception {
        return mvc.perform(put("/api/v1/place-types/" + code).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn();
    }

    private JsonNode listed(String code) throws Exception {
        return api.json("demo-gridworker", "/api/v1/place-types").get("items").valueStream().filter(t -> t.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private Document page(String user, String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void aRenamedTypeShowsOnItsPlacesAndARetiredOneIsKeptButNotTakenAnew() throws Exception {
        String code = newType(newName("养老机构"));
        JsonNode kept = api.created("demo-gridworker", place(newName("敬老院")).put("type", code));
        long keptId = kept.get("id").asLong();

        String renamed = newName("养老服务");
        MvcResult edited = putType("demo-sysadmin", code, "{\"name\":\"" + renamed + "\",\"position\":900}");
        assertThat(edited.getResponse().getStatus()).as(edited.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(body(edited).get("code").asString()).isEqualTo(code);
        assertThat(body(edited).get("position").asInt()).isEqualTo(900);
        assertThat(listed(code).get("name").asString()).isEqualTo(renamed);
        assertThat(listed(code).get("retired").asBoolean()).isFalse();
        assertThat(api.json("demo-dispatcher", "/api/v1/places/" + keptId).get("typeName").asString()).isEqualTo(renamed);

        MvcResult retired = putType("demo-sysadmin", code, "{\"retired\":true}");
        assertThat(retired.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(retired).get("name").asString()).as("what is left out is kept").isEqualTo(renamed);
        assertThat(listed(code).get("retired").asBoolean()).as("a retired type is still listed").isTrue();
        assertThat(api.json("demo-dispatcher", "/api/v1/places/" + keptId).get("typeName").asString()).isEqualTo(renamed);

        MvcResult refused = api.create("demo-gridworker", place(newName("新敬老院")).put("type", code));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = body(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("type");
        assertThat(error.get("code").asString()).isEqualTo("RETIRED_TYPE");
        assertThat(error.get("detail").asString()).isEqualTo("type：场所类型 " + renamed + " 已停用，不能再选用");

        ObjectNode unchanged = place(kept.get("name").asString()).put("type", code).put("responsibleUnit", "凯里市民政局");
        MvcResult saved = api.update("demo-gridworker", keptId, "\"1\"", unchanged);
        assertThat(saved.getResponse().getStatus()).as("a place keeps its retired type").isEqualTo(200);
        assertThat(body(saved).get("responsibleUnit").asString()).isEqualTo("凯里市民政局");
        JsonNode school = api.created("demo-gridworker", place(newName("改类型的学校")));
        MvcResult changed = api.update("demo-gridworker", school.get("id").asLong(), "\"1\"",
                place(school.get("name").asString()).put("type", code));
        assertThat(changed.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(changed).get("errors").get(0).get("code").asString()).isEqualTo("RETIRED_TYPE");

        // the form pages offer it only to the place that has it; the list's filter still finds its places
        assertThat(page("demo-gridworker", "/places/new").select("#place-type option").eachAttr("value")).doesNotContain(code).contains("school");
        Document edit = page("demo-gridworker", "/places/" + keptId + "/edit");
        assertThat(edit.select("#place-type option[selected]").val()).isEqualTo(code);
        assertThat(edit.select("#place-type option[selected]").text()).isEqualTo(renamed + "（已停用）");
        assertThat(page("demo-gridworker", "/places/" + school.get("id").asLong() + "/edit").select("#place-type option").eachAttr("value"))
                .doesNotContain(code);
        assertThat(page("demo-dispatcher", "/places").select("#filter-type option").eachAttr("value")).contains(code);

        // an imported row naming it fails on its column, as an unknown type does
        var sheet = new java.io.ByteArrayOutputStream();
        ExcelSheet.write(sheet, "场所台账", List.of("场所类型", "场所名称", "网格代码"), List.of(List.of(renamed, newName("导入敬老院"), PlaceFixtures.GRID)));
        MvcResult imported = mvc.perform(multipart("/api/v1/places/imports")
                .file(new MockMultipartFile("file", "场所.xlsx", ExcelSheet.XLSX.toString(), sheet.toByteArray()))
                .with(DemoUsers.as(mvc, "demo-gridworker"))).andReturn();
        assertThat(imported.getResponse().getStatus()).isEqualTo(400);
        JsonNode importError = body(imported).get("errors").get(0);
        assertThat(importError.get("column").asString()).isEqualTo("场所类型");
        assertThat(importError.get("code").asString()).isEqualTo("RETIRED_TYPE");
        // the row of a place that has it (an exported sheet imported again) keeps it, as an edit does
        var again = new java.io.ByteArrayOutputStream();
        ExcelSheet.write(again, "场所台账", List.of("场所类型", "场所名称", "网格代码", "备注"),
                List.of(List.of(renamed, kept.get("name").asString(), PlaceFixtures.GRID, "导入时补充的备注")));
        MvcResult reimported = mvc.perform(multipart("/api/v1/places/imports")
                .file(new MockMultipartFile("file", "场所.xlsx", ExcelSheet.XLSX.toString(), again.toByteArray()))
                .with(DemoUsers.as(mvc, "demo-gridworker"))).andReturn();
        assertThat(reimported.getResponse().getStatus()).as(reimported.getResponse().getContentAsString()).isLessThan(300);
        assertThat(api.json("demo-dispatcher", "/api/v1/places/" + keptId).get("notes").asString()).isEqualTo("导入时补充的备注");

        assertThat(putType("demo-sysadmin", code, "{\"retired\":false}").getResponse().getStatus()).isEqualTo(200);
        assertThat(api.create("demo-gridworker", place(newName("恢复后的敬老院")).put("type", code)).getResponse().getStatus())
                .as("a restored type is taken again").isEqualTo(201);

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT before_ref, after_ref, actor_username FROM audit_event "
                + "WHERE target_type = 'place_type' AND target_id = ? AND before_ref IS NOT NULL ORDER BY id", code);
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0).get("after_ref")).isEqualTo(renamed + " #900");
        assertThat(audit.get(1).get("after_ref")).isEqualTo(renamed + " #900 retired");
        assertThat(audit.get(2).get("before_ref")).isEqualTo(renamed + " #900 retired");
        assertThat(audit).allMatch(row -> "demo-sysadmin".equals(row.get("actor_username")));
    }

    @Test
    void onlyTheSystemAdministratorEditsAndEveryRefusalIsNamed() throws Exception {
        String name = newName("驿站");
        String code = newType(name);
        for (String user : List.of("demo-dispatcher", "demo-leader", "demo-secadmin")) {
            assertThat(putType(user, code, "{\"name\":\"" + newName("不该改成") + "\"}").getResponse().getStatus()).as(user).isEqualTo(403);
        }
        MvcResult unknown = putType("demo-sysadmin", "no_such_type_here", "{\"retired\":true}");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(unknown).get("detail").asString()).contains("no_such_type_here");

        MvcResult taken = putType("demo-sysadmin", code, "{\"name\":\"学校\"}");
        assertThat(taken.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(taken).get("code").asString()).isEqualTo("NAME_TAKEN");
        assertThat(body(taken).get("detail").asString()).contains("学校");
        assertThat(putType("demo-sysadmin", code, "{\"name\":\"" + name + "\",\"code\":\"" + code + "\"}").getResponse().getStatus())
                .as("its own name, its own code sent back").isEqualTo(200);

        MvcResult bad = putType("demo-sysadmin", code, "{\"name\":\"\",\"position\":0,\"retired\":\"yes\",\"colour\":\"red\",\"code\":\"other\"}");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        Map<String, String> codes = new java.util.HashMap<>();
        body(bad).get("errors").forEach(e -> codes.put(e.get("field").asString(), e.get("code").asString()));
        assertThat(codes).containsEntry("name", "REQUIRED").containsEntry("position", "OUT_OF_RANGE").containsEntry("retired", "INVALID_FIELD")
                .containsEntry("colour", "UNKNOWN_FIELD").containsEntry("code", "CODE_FIXED");
        assertThat(body(bad).get("errors").valueStream().map(e -> e.get("detail").asString())).contains("position：显示顺序须在 1 到 9999 之间");
        assertThat(putType("demo-sysadmin", code, "[]").getResponse().getStatus()).isEqualTo(400);
        assertThat(listed(code).get("name").asString()).as("nothing written").isEqualTo(name);
        assertThat(listed(code).get("retired").asBoolean()).isFalse();
    }
}
