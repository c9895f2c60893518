package cn.taizhang.registry.person;

import static cn.taizhang.registry.person.PersonFixtures.body;
import static cn.taizhang.registry.person.PersonFixtures.newIdNumber;
import static cn.taizhang.registry.person.PersonFixtures.newName;
import static cn.taizhang.registry.person.PersonFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.platform.excel.ExcelSheet;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * The person category catalogue edited by the 系统管理员: renamed (persons show the new name), made a key-person category
 * (names masked from then on), retired (kept by its persons, refused for new ones and changes) and restored. Only
 * categories this class adds are edited.
 */
@IntegrationTest
class PersonCategoryEditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PersonFixtures api;

    @BeforeEach
    void setUp() {
        api = new PersonFixtures(mvc);
    }

    private static String newCode() {
        return "edit_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private String newCategory(String code, String name) throws Exception {
        MvcResult added = send("demo-sysadmin", post("/api/v1/person-categories"), "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(201);
        return code;
    }

    private MvcResult putCategory(String user, String code, String json) throws Exception {
        return send(user, put("/api/v1/person-categories/" + code), json);
    }

    private MvcResult send(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    private JsonNode listed(String code) throws Exception {
        return api.json("demo-gridworker", "/api/v1/person-categories").get("items").valueStream()
                .filter(c -> c.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    /** An edit of a person's category and address, their name and ID number left out (kept as stored). */
    private static ObjectNode edit(String category) {
        ObjectNode p = person("", "", null).put("category", category);
        p.remove("name");
        p.remove("idNumber");
        return p;
    }

    private Document page(String user, String path) throws Exception {
        var response = mvc.perform(get(URI.create(path)).session(DemoUsers.webSession(mvc, user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void aRenamedCategoryShowsOnItsPersonsAndARetiredOneIsKeptButNotTakenAnew() throws Exception {
        String code = newCategory(newCode(), "搬迁户" + ThreadLocalRandom.current().nextInt(1_000_000));
        String name = newName("杨");
        String keptNumber = newIdNumber();
        JsonNode kept = api.created("demo-dispatcher", person(name, keptNumber, null).put("category", code));
        long keptId = kept.get("id").asLong();
        assertThat(kept.get("name").asString()).as("not a key person: the name is plain").isEqualTo(name);

        String renamed = "易地搬迁户" + ThreadLocalRandom.current().nextInt(1_000_000);
        MvcResult edited = putCategory("demo-sysadmin", code, "{\"name\":\"" + renamed + "\",\"keyPerson\":true,\"position\":990}");
        assertThat(edited.getResponse().getStatus()).as(edited.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(listed(code).get("name").asString()).isEqualTo(renamed);
        assertThat(listed(code).get("keyPerson").asBoolean()).isTrue();
        JsonNode seen = api.json("demo-gridworker", "/api/v1/persons/" + keptId);
        assertThat(seen.get("categoryName").asString()).isEqualTo(renamed);
        assertThat(seen.get("name").asString()).as("a key-person category masks the name").isEqualTo("杨**");

        assertThat(putCategory("demo-sysadmin", code, "{\"retired\":true,\"keyPerson\":false}").getResponse().getStatus()).isEqualTo(200);
        assertThat(listed(code).get("retired").asBoolean()).isTrue();
        MvcResult refused = api.create("demo-dispatcher", person(newName("冯"), newIdNumber(), null).put("category", code));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = body(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("category");
        assertThat(error.get("code").asString()).isEqualTo("RETIRED_CATEGORY");
        assertThat(error.get("detail").asString()).contains("category：人员类别 " + renamed + " 已停用");

        MvcResult saved = api.update("demo-dispatcher", keptId, "\"1\"", edit(code).put("notes", "已搬入新居"));
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(body(saved).get("categoryName").asString()).isEqualTo(renamed);
        JsonNode other = api.created("demo-dispatcher", person(newName("周"), newIdNumber(), null));
        MvcResult changed = api.update("demo-dispatcher", other.get("id").asLong(), "\"1\"", edit(code));
        assertThat(body(changed).get("errors").get(0).get("code").asString()).isEqualTo("RETIRED_CATEGORY");

        // an imported row of a person who has it (an exported sheet imported again) keeps it; a new person's row does not
        MvcResult reimported = importRows(List.of(List.of(name, keptNumber, kept.get("gridCode").asString(), renamed, "导入的备注")));
        assertThat(reimported.getResponse().getStatus()).as(reimported.getResponse().getContentAsString()).isLessThan(300);
        assertThat(api.json("demo-dispatcher", "/api/v1/persons/" + keptId).get("notes").asString()).isEqualTo("导入的备注");
        MvcResult fresh = importRows(List.of(List.of(newName("冯"), newIdNumber(), kept.get("gridCode").asString(), renamed, "")));
        assertThat(body(fresh).get("errors").get(0).get("code").asString()).isEqualTo("RETIRED_CATEGORY");

        assertThat(page("demo-dispatcher", "/persons/new").select("#person-category-input option").eachAttr("value")).doesNotContain(code)
                .contains("elderly_alone");
        assertThat(page("demo-dispatcher", "/persons/" + keptId + "/edit").select("#person-category-input option[selected]").val())
                .isEqualTo(code);

        assertThat(putCategory("demo-sysadmin", code, "{\"retired\":false}").getResponse().getStatus()).isEqualTo(200);
        assertThat(api.create("demo-dispatcher", person(newName("吴"), newIdNumber(), null).put("category", code)).getResponse().getStatus())
                .isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'person_category' AND target_id = ? "
                + "AND before_ref IS NOT NULL AND actor_username = 'demo-sysadmin'", Integer.class, code)).isEqualTo(3);
    }

    @Test
    void onlyTheSystemAdministratorEditsACategory() throws Exception {
        String name = "测试编辑类别" + ThreadLocalRandom.current().nextInt(1_000_000);
        String code = newCategory(newCode(), name);
        assertThat(putCategory("demo-dispatcher", code, "{\"retired\":true}").getResponse().getStatus()).isEqualTo(403);
        assertThat(putCategory("demo-leader", code, "{\"retired\":true}").getResponse().getStatus()).isEqualTo(403);
        assertThat(putCategory("demo-sysadmin", "no_such_category_here", "{\"retired\":true}").getResponse().getStatus()).isEqualTo(404);
        MvcResult taken = putCategory("demo-sysadmin", code, "{\"name\":\"独居老人\"}");
        assertThat(taken.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(taken).get("code").asString()).isEqualTo("NAME_TAKEN");
        MvcResult bad = putCategory("demo-sysadmin", code, "{\"keyPerson\":\"yes\"}");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("errors").get(0).get("field").asString()).isEqualTo("keyPerson");
        assertThat(listed(code).get("name").asString()).isEqualTo(name);
        assertThat(listed(code).get("retired").asBoolean()).isFalse();
    }

    private MvcResult importRows(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        ExcelSheet.write(sheet, "人员台账", List.of("姓名", "居民身份证号码", "网格代码", "人员类别", "备注"), rows);
        return mvc.perform(multipart("/api/v1/persons/imports")
                .file(new MockMultipartFile("file", "人员.xlsx", ExcelSheet.XLSX.toString(), sheet.toByteArray()))
                .with(DemoUsers.as(mvc, "demo-dispatcher"))).andReturn();
    }
}
