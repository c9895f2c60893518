package cn.taizhang.inspection.campaign;

import static cn.taizhang.inspection.campaign.CampaignFixtures.CITY;
import static cn.taizhang.inspection.campaign.CampaignFixtures.OTHER_TOWN;
import static cn.taizhang.inspection.campaign.CampaignFixtures.TOWN;
import static cn.taizhang.inspection.campaign.CampaignFixtures.body;
import static cn.taizhang.inspection.campaign.CampaignFixtures.campaign;
import static cn.taizhang.inspection.campaign.CampaignFixtures.newName;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.platform.BeijingTime;
import cn.taizhang.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Campaigns (专项整治) through their API: starting one, its checks, edits with versions and their history, the list's filters. */
@IntegrationTest
class CampaignApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CampaignFixtures api;

    @BeforeEach
    void setUp() {
        api = new CampaignFixtures(mvc);
    }

    private long department(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    @Test
    void aLeaderStartsACityWideCampaignAndReadsItBackWithItsNames() throws Exception {
        String name = newName("城镇燃气安全专项整治");
        ObjectNode c = campaign(name);
        c.put("area", CITY).put("stage", "investigation").put("leadDepartmentId", department("HOUSING")).put("notes", "市住建局牵头");
        MvcResult r = api.create("demo-leader", c);
        JsonNode saved = CampaignFixtures.ok(r, 201);
        long id = saved.get("id").asLong();
        assertThat(r.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/campaigns/" + id);
        assertThat(saved.get("name").asString()).isEqualTo(name);
        assertThat(saved.get("from").asString()).isEqualTo("2026-03-01");
        assertThat(saved.get("to").asString()).isEqualTo("2026-12-31");
        assertThat(saved.get("areaCode").asString()).isEqualTo(CITY);
        assertThat(saved.get("areaName").asString()).isEqualTo("凯里市");
        assertThat(saved.get("stage").asString()).isEqualTo("investigation");
        assertThat(saved.get("stageLabel").asString()).isEqualTo("排查整治");
        assertThat(saved.get("sectors").valueStream().map(JsonNode::asString)).containsExactly("town_gas", "fire_safety");
        assertThat(saved.get("sectorNames").valueStream().map(JsonNode::asString)).containsExactly("城镇燃气", "消防");
        assertThat(saved.get("leadDepartmentName").asString()).isEqualTo("市住建局");
        assertThat(saved.get("measures")).hasSize(2);
        assertThat(saved.get("version").asInt()).isEqualTo(1);

        MvcResult read = api.read("demo-dispatcher", "/api/v1/campaigns/" + id);
        assertThat(read.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(body(read).get("measures").get(1).asString()).isEqualTo("餐饮场所安装可燃气体报警装置");
        assertThat(api.total("demo-leader", name, "&stage=investigation&sector=town_gas&area=" + TOWN)).isEqualTo(1);
        assertThat(api.total("demo-leader", name, "&stage=排查整治")).isEqualTo(1);
        assertThat(api.total("demo-leader", name, "&stage=tackling")).isZero();
        assertThat(api.total("demo-leader", name, "&sector=coal_mining")).isZero();
        for (String sort : new String[] {"name", "-from", "to", "area", "-updatedAt"}) {
            assertThat(api.total("demo-leader", name, "&sort=" + sort)).as(sort).isEqualTo(1);
        }
        MvcResult bad = api.read("demo-leader", "/api/v1/campaigns?sector=no_such&stage=done&area=52&sort=colour");
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("errors").valueStream().map(e -> e.get("field").asString())).contains("sector", "stage", "area");
        // a campaign that names no sector covers every sector
        ObjectNode everySector = campaign(newName("全行业专项整治"));
        everySector.remove("sectors");
        api.created("demo-leader", everySector);
        assertThat(api.total("demo-leader", everySector.get("name").asString(), "&sector=coal_mining")).isEqualTo(1);
    }

    @Test
    void activeKeepsTheCampaignsUnderWayOnTodaysBeijingDate() throws Exception {
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        String prefix = newName("进行中专项整治");
        ObjectNode now = campaign(prefix + "甲");
        now.put("from", today.minusDays(3).toString()).put("to", today.plusDays(30).toString());
        api.created("demo-leader", now);
        ObjectNode past = campaign(prefix + "乙");
        past.put("from", "2021-01-01").put("to", today.minusDays(1).toString());
        api.created("demo-leader", past);
        assertThat(api.total("demo-leader", prefix, "")).isEqualTo(2);
        JsonNode active = api.json("demo-leader", "/api/v1/campaigns?active=true&q=" + prefix);
        assertThat(active.get("total").asLong()).isEqualTo(1);
        assertThat(active.get("items").get(0).get("name").asString()).isEqualTo(prefix + "甲");
        JsonNode inactive = api.json("demo-leader", "/api/v1/campaigns?active=false&q=" + prefix);
        assertThat(inactive.get("items").get(0).get("name").asString()).isEqualTo(prefix + "乙");
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsWritten() throws Exception {
        String name = newName("不合格的专项整治");
        ObjectNode c = campaign(name);
        c.put("from", "2026-13-01").put("area", OTHER_TOWN).put("stage", "done").put("leadDepartmentId", 987_654_321L).put("owner", "张三");
        c.putArray("sectors").add("fire_safety").add("no_such_sector");
        ArrayNode measures = c.putArray("measures");
        measures.add("很".repeat(201));
        for (int i = 0; i < 50; i++) {
            measures.add("措施" + i);
        }
        MvcResult r = api.create("t" + TOWN + "-leader", c);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").valueStream().map(e -> e.get("field").asString())).contains("from", "area", "stage",
                "leadDepartmentId", "owner", "sectors[1]", "measures[0]", "measures");
        assertThat(body(r).get("errors").valueStream().map(e -> e.get("code").asString())).contains("UNKNOWN_AREA", "UNKNOWN_SECTOR",
                "UNKNOWN_FIELD", "INVALID_DATE", "TOO_LONG", "TOO_MANY");
        ObjectNode backwards = campaign(name);
        backwards.put("from", "2026-06-01").put("to", "2026-05-31").put("name", "");
        MvcResult r2 = api.create("demo-leader", backwards);
        assertThat(body(r2).get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("name", "to");
        ObjectNode grid = campaign(name);
        grid.put("area", "522601002002001");
        JsonNode gridError = body(api.create("demo-leader", grid)).get("errors").get(0);
        assertThat(gridError.get("field").asString()).isEqualTo("area");
        assertThat(gridError.get("detail").asString()).contains("全市", "镇街", "村社区");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign WHERE name = ?", Long.class, name)).isZero();
    }

    @Test
    void anEditNeedsTheVersionReadAndLeavesItsHistory() throws Exception {
        String name = newName("消防安全专项整治");
        long id = api.created("demo-leader", campaign(name)).get("id").asLong();
        ObjectNode edit = campaign(name);
        edit.put("stage", "tackling").put("leadDepartmentId", department("FIRE"));
        edit.putArray("sectors").add("fire_safety");
        assertThat(api.update("demo-leader", id, null, edit).getResponse().getStatus()).isEqualTo(428);
        MvcResult ok = api.update("demo-leader", id, "\"1\"", edit);
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(body(ok).get("stageLabel").asString()).isEqualTo("集中攻坚");
        assertThat(body(ok).get("sectors").valueStream().map(JsonNode::asString)).containsExactly("fire_safety");
        MvcResult stale = api.update("demo-leader", id, "\"1\"", campaign("另一个名字"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(api.json("demo-leader", "/api/v1/campaigns/" + id).get("name").asString()).isEqualTo(name);

        JsonNode history = api.json("demo-dispatcher", "/api/v1/campaigns/" + id + "/history").get("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("updated");
        assertThat(history.get(0).get("changes").valueStream()
                .map(c -> c.get("label").asString() + ":" + c.path("from").asString("") + "→" + c.path("to").asString("")))
                .containsExactly("整治阶段:动员部署→集中攻坚", "行业领域:城镇燃气、消防→消防", "牵头部门:→市消防救援大队");
        assertThat(history.get(1).get("action").asString()).isEqualTo("created");
        assertThat(history.get(1).get("changes").valueStream().map(c -> c.get("label").asString())).contains("专项整治名称", "整治区域",
                "整治措施");
    }
}
