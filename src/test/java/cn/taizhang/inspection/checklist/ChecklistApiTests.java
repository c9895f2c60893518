package cn.taizhang.inspection.checklist;

import static cn.taizhang.inspection.checklist.ChecklistApi.body;
import static cn.taizhang.inspection.checklist.ChecklistApi.checklist;
import static cn.taizhang.inspection.checklist.ChecklistApi.codes;
import static cn.taizhang.inspection.checklist.ChecklistApi.fields;
import static cn.taizhang.inspection.checklist.ChecklistApi.item;
import static cn.taizhang.inspection.checklist.ChecklistApi.items;
import static cn.taizhang.inspection.checklist.ChecklistApi.threeItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taizhang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checklists through the API: the seeded ones per sector, read by everyone; edits by the 系统管理员 write a new version
 * and leave the old one readable (a visit keeps its version). Every edit here is of a checklist the test made itself.
 */
@IntegrationTest
class ChecklistApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    ChecklistApi api;

    @BeforeEach
    void setUp() {
        api = new ChecklistApi(mvc);
    }

    private int versionsWritten(String code) {
        return jdbc.queryForObject("SELECT count(*) FROM checklist_version WHERE checklist_code = ?", Integer.class, code);
    }

    @Test
    void everySectorHasASeededChecklistOfTenToFourteenItemsWithTheirBasis() throws Exception {
        List<String> sectors = jdbc.queryForList("SELECT code FROM sector ORDER BY position", String.class);
        assertThat(sectors).hasSize(16);
        JsonNode all = api.json("demo-inspector", "/api/v1/checklists");
        assertThat(all.get("total").asInt()).isEqualTo(all.get("items").size()).isGreaterThanOrEqualTo(16);
        for (String sector : sectors) {
            JsonNode seeded = api.json("demo-gridworker", "/api/v1/checklists/" + sector);
            assertThat(seeded.get("sector").asString()).isEqualTo(sector);
            assertThat(seeded.get("sectorName").asString()).isNotBlank();
            assertThat(seeded.get("name").asString()).endsWith("检查表");
            assertThat(seeded.get("items").size()).as(sector).isBetween(10, 14);
            seeded.get("items").forEach(i -> {
                assertThat(i.get("code").asString()).matches("[A-Z0-9-]{1,20}");
                assertThat(i.get("text").asString()).isNotBlank();
                assertThat(i.get("basis").asString()).startsWith("《");
                assertThat(i.get("major").isBoolean()).isTrue();
            });
        }
        JsonNode coal = api.json("demo-leader", "/api/v1/checklists/coal_mining");
        assertThat(coal.get("items").get(0).get("basis").asString()).contains("煤矿重大事故隐患判定标准");
        assertThat(coal.get("items").get(0).get("major").asBoolean()).isTrue();
        JsonNode tourism = api.json("demo-leader", "/api/v1/checklists/tourism");
        assertThat(tourism.get("items").findValues("major")).allMatch(m -> !m.asBoolean());
    }

    @Test
    void theListFiltersBySectorAndAnUnknownSectorIsRefusedNamingIt() throws Exception {
        String own = api.created();
        JsonNode fire = api.json("demo-dispatcher", "/api/v1/checklists?sector=fire_safety");
        assertThat(fire.get("items").findValues("sector")).allMatch(s -> s.asString().equals("fire_safety"));
        assertThat(fire.get("items").findValues("code").stream().map(JsonNode::asString)).contains("fire_safety", own);
        assertThat(fire.get("items").get(0).get("sectorName").asString()).isEqualTo("消防");
        JsonNode schools = api.json("demo-dispatcher", "/api/v1/checklists?sector=education");
        assertThat(schools.get("items").findValues("code").stream().map(JsonNode::asString)).contains("education").doesNotContain(own);

        MockHttpServletResponse unknown = api.get("demo-dispatcher", "/api/v1/checklists?sector=no_such_sector");
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("sector");
        assertThat(api.get("demo-dispatcher", "/api/v1/checklists/no_such_checklist").getStatus()).isEqualTo(404);
        assertThat(api.get("demo-dispatcher", "/api/v1/checklists/fire_safety?version=99").getStatus()).isEqualTo(404);
        assertThat(fields(api.get("demo-dispatcher", "/api/v1/checklists/fire_safety?version=0"))).containsExactly("version");
    }

    @Test
    void anEditWritesTheNextVersionAndTheOldVersionStillAnswersWithItsItems() throws Exception {
        String code = api.created();
        ObjectNode edit = ChecklistApi.JSON.createObjectNode().put("name", "改名后的检查表 " + code);
        edit.set("items", items(item("T-01", "安全出口、疏散通道畅通", "《消防法》第二十八条", false),
                item("T-03", "建立隐患排查治理制度并如实记录", "《安全生产法》第四十一条", true),
                item("T-04", "消防控制室双人值班", "《消防控制室通用技术要求》（GB 25506-2010）", false)));
        MockHttpServletResponse r = api.put("demo-sysadmin", code, edit);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(r.getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(body(r).get("version").asInt()).isEqualTo(2);

        JsonNode now = api.json("demo-inspector", "/api/v1/checklists/" + code);
        assertThat(now.get("version").asInt()).isEqualTo(2);
        assertThat(now.get("name").asString()).isEqualTo("改名后的检查表 " + code);
        assertThat(now.get("items").findValues("code").stream().map(JsonNode::asString)).containsExactly("T-01", "T-03", "T-04");
        assertThat(now.get("items").get(1).get("major").asBoolean()).isTrue();

        JsonNode first = api.json("demo-inspector", "/api/v1/checklists/" + code + "?version=1");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("name").asString()).isEqualTo("测试检查表 " + code);
        assertThat(first.get("items")).isEqualTo(threeItems());

        // the service the inspections use: a visit that used version 1 reads version 1
        Checklist kept = checklists.version(code, 1).orElseThrow();
        assertThat(kept.items()).extracting(ChecklistItem::code).containsExactly("T-01", "T-02", "T-03");
        assertThat(kept.item("T-02")).hasValueSatisfying(i -> assertThat(i.major()).isTrue());
        assertThat(checklists.current(code).orElseThrow().version()).isEqualTo(2);
        assertThat(checklists.current(code).orElseThrow().item("T-02")).isEmpty();
        assertThat(checklists.currentOf("fire_safety")).extracting(Checklist::code).contains(code, "fire_safety");

        // a written version is immutable, even to SQL
        assertThatThrownBy(() -> jdbc.update("UPDATE checklist_item SET text = 'x' WHERE checklist_code = ? AND version = 1", code))
                .rootCause().hasMessageContaining("never changes");
    }

    @Test
    void anEditIdenticalToTheCurrentVersionWritesNothing() throws Exception {
        String code = api.created();
        ObjectNode same = ChecklistApi.JSON.createObjectNode();
        same.set("items", threeItems());
        MockHttpServletResponse r = api.put("demo-sysadmin", code, same);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(body(r).get("version").asInt()).isEqualTo(1);
        same.put("name", "测试检查表 " + code);
        assertThat(body(api.put("demo-sysadmin", code, same)).get("version").asInt()).isEqualTo(1);
        assertThat(versionsWritten(code)).isEqualTo(1);
    }

    @Test
    void refusedEditsNameTheFieldAndChangeNothing() throws Exception {
        String code = api.created();
        ObjectNode duplicate = ChecklistApi.JSON.createObjectNode();
        duplicate.set("items", items(item("T-01", "甲", "《消防法》", false), item("T-01", "乙", "《消防法》", false)));
        MockHttpServletResponse r = api.put("demo-sysadmin", code, duplicate);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(codes(r)).containsEntry("items[1].code", "DUPLICATE_ITEM");
        assertThat(body(r).get("detail").asString()).contains("重复");

        ObjectNode bad = ChecklistApi.JSON.createObjectNode().put("colour", "red");
        ArrayNode badItems = items(item("t 1", "甲", "《消防法》", false), item("T-02", "", "《消防法》", false),
                item("T-03", "丙", "《消防法》", false), item("T-04", "x".repeat(201), "", false));
        ((ObjectNode) badItems.get(2)).remove("major");
        bad.set("items", badItems);
        r = api.put("demo-sysadmin", code, bad);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(codes(r)).containsEntry("colour", "UNKNOWN_FIELD").containsEntry("items[0].code", "INVALID_FIELD")
                .containsEntry("items[1].text", "REQUIRED").containsEntry("items[2].major", "REQUIRED").containsEntry("items[3].text", "TOO_LONG")
                .containsEntry("items[3].basis", "REQUIRED");

        ObjectNode none = ChecklistApi.JSON.createObjectNode();
        none.set("items", items());
        assertThat(fields(api.put("demo-sysadmin", code, none))).containsExactly("items");
        ArrayNode many = items();
        for (int i = 1; i <= 101; i++) {
            many.add(item("T-" + i, "检查项 " + i, "《安全生产法》", false));
        }
        ObjectNode tooMany = ChecklistApi.JSON.createObjectNode();
        tooMany.set("items", many);
        assertThat(codes(api.put("demo-sysadmin", code, tooMany))).containsEntry("items", "TOO_MANY");
        assertThat(fields(api.put("demo-sysadmin", code, ChecklistApi.JSON.createObjectNode()))).containsExactly("items");

        assertThat(versionsWritten(code)).isEqualTo(1);
        assertThat(api.json("demo-inspector", "/api/v1/checklists/" + code).get("items")).isEqualTo(threeItems());
        assertThat(api.put("demo-sysadmin", "no_such_checklist", duplicate).getStatus()).isEqualTo(404);
    }

    @Test
    void aNewChecklistIsCheckedAndItsCodeIsTakenOnce() throws Exception {
        String code = api.created();
        MockHttpServletResponse again = api.post("demo-sysadmin", checklist(code, "education", threeItems()));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("CODE_TAKEN");

        String other = ChecklistApi.uniqueCode();
        MockHttpServletResponse bad = api.post("demo-sysadmin", checklist("Bad Code", "no_such_sector", threeItems()).put("name", ""));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(codes(bad)).containsEntry("code", "INVALID_FIELD").containsEntry("sector", "UNKNOWN_SECTOR").containsEntry("name", "REQUIRED");
        assertThat(api.get("demo-inspector", "/api/v1/checklists/" + other).getStatus()).isEqualTo(404);

        MockHttpServletResponse created = api.post("demo-sysadmin", checklist(other, "education", threeItems()));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/checklists/" + other);
        assertThat(body(created).get("sectorName").asString()).isEqualTo("教育");
        assertThat(body(created).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheSystemAdministratorWritesChecklists() throws Exception {
        String code = api.created();
        ObjectNode edit = ChecklistApi.JSON.createObjectNode();
        edit.set("items", items(item("T-09", "新检查项", "《安全生产法》", false)));
        for (String user : List.of("demo-inspector", "demo-dispatcher", "demo-leader", "demo-gridworker")) {
            assertThat(api.put(user, code, edit).getStatus()).as(user).isEqualTo(403);
            assertThat(api.post(user, checklist(ChecklistApi.uniqueCode(), "fire_safety", threeItems())).getStatus()).as(user).isEqualTo(403);
        }
        assertThat(versionsWritten(code)).isEqualTo(1);
        // the other administrators keep to their duties (三权分立)
        assertThat(api.get("demo-secadmin", "/api/v1/checklists").getStatus()).isEqualTo(403);
        assertThat(api.get("demo-sysadmin", "/api/v1/checklists").getStatus()).isEqualTo(200);
    }

    @Test
    void aChecklistAnswersNotModifiedToAPhoneThatHoldsItsVersion() throws Exception {
        MockHttpServletResponse first = api.get("demo-inspector", "/api/v1/checklists/fire_safety");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotNull();
        MockHttpServletResponse again = mvc.perform(MockMvcRequestBuilders.get("/api/v1/checklists/fire_safety")
                .with(cn.taizhang.support.DemoUsers.as(mvc, "demo-inspector")).header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
    }
}
