package cn.taizhang.inspection.patrol;

import static cn.taizhang.inspection.patrol.PatrolFixtures.JSON;
import static cn.taizhang.inspection.patrol.PatrolFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Volunteers registered and edited by the 指挥员 of their area: the phone stored encrypted and shown masked, an edit
 * against the version read, another 镇街 neither sees nor edits them, a grid worker sees those serving their grid.
 */
@IntegrationTest
class PatrolVolunteerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDispatcherRegistersAVolunteerWhosePhoneIsEncryptedAndShownMasked() throws Exception {
        PatrolFixtures api = new PatrolFixtures(mvc, jdbc);
        String name = PatrolFixtures.newName("五老监督员");
        ObjectNode v = JSON.createObjectNode().put("name", name).put("phone", "13887654321").put("kind", "wulao_internet_cafe")
                .put("areaCode", "522601002");
        JsonNode saved = ok(api.send("demo-dispatcher", "/api/v1/patrol-volunteers", v), 201);
        assertThat(saved.get("phone").asString()).isEqualTo("138****4321");
        assertThat(saved.get("kindName").asString()).isEqualTo("“五老”网吧监督员");
        assertThat(saved.get("areaName").asString()).isEqualTo("大十字街道");
        String stored = jdbc.queryForObject("SELECT row_to_json(v)::text FROM patrol_volunteer v WHERE id = ?", String.class,
                saved.get("id").asLong());
        assertThat(stored).doesNotContain("13887654321").contains("138****4321");
        assertThat(ok(api.read("demo-gridworker", "/api/v1/patrol-volunteers?kind=wulao_internet_cafe&size=500"), 200).get("items").valueStream()
                .map(i -> i.get("name").asString())).as("the grid worker sees who serves their grid").contains(name);

        long id = saved.get("id").asLong();
        ObjectNode edit = JSON.createObjectNode().put("name", name).put("kind", "safety_volunteer").put("areaCode", "522601002").put("active", false);
        assertThat(api.put("demo-dispatcher", "/api/v1/patrol-volunteers/" + id, "\"9\"", edit).getResponse().getStatus()).isEqualTo(412);
        JsonNode edited = ok(api.put("demo-dispatcher", "/api/v1/patrol-volunteers/" + id, "\"1\"", edit), 200);
        assertThat(edited.get("version").asInt()).isEqualTo(2);
        assertThat(edited.get("active").asBoolean()).isFalse();
        assertThat(edited.get("phone").asString()).as("left out, the phone is kept").isEqualTo("138****4321");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'patrol_volunteer' AND target_id = ?", Integer.class,
                Long.toString(id))).isEqualTo(2);

        assertThat(api.read("t522601003-dispatcher-1", "/api/v1/patrol-volunteers/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.put("t522601003-dispatcher-1", "/api/v1/patrol-volunteers/" + id, "\"2\"", edit).getResponse().getStatus()).isEqualTo(404);
        assertThat(ok(api.read("t522601003-dispatcher-1", "/api/v1/patrol-volunteers?size=500"), 200).get("items").valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(id);
    }

    @Test
    void onlyADispatcherOfTheAreaRegistersAndBadFieldsAreNamed() throws Exception {
        PatrolFixtures api = new PatrolFixtures(mvc, jdbc);
        int before = api.count("patrol_volunteer");
        ObjectNode v = JSON.createObjectNode().put("name", PatrolFixtures.newName("志愿者")).put("kind", "other").put("areaCode", "522601002");
        assertThat(api.send("demo-gridworker", "/api/v1/patrol-volunteers", v).getResponse().getStatus()).isEqualTo(403);
        assertThat(api.send("t522601003-dispatcher-1", "/api/v1/patrol-volunteers", v).getResponse().getStatus()).isEqualTo(404);
        ObjectNode bad = JSON.createObjectNode().put("phone", "call me").put("kind", "hero").put("areaCode", "52").put("extra", 1);
        MvcResult refused = api.send("demo-dispatcher", "/api/v1/patrol-volunteers", bad);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(PatrolApiTests.fields(refused)).containsExactlyInAnyOrder("extra", "name", "phone", "kind", "areaCode");
        assertThat(api.count("patrol_volunteer")).isEqualTo(before);
    }
}
