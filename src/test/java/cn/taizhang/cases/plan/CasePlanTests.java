package cn.taizhang.cases.plan;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** A 重大隐患 is handled only after its unit has recorded the 治理方案 with its 五落实; other matters need none. */
@IntegrationTest
class CasePlanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseApi api;

    @BeforeEach
    void setUp() {
        api = new CaseApi(mvc);
    }

    @Test
    void aMajorHazardIsHandledOnlyWithItsPlan() throws Exception {
        long id = dispatchedToTheOffice("major");
        assertThat(api.read("demo-dispatcher", id).get("planRequired").asBoolean()).isTrue();
        assertThat(api.status("t522601002-safety-1", "/api/v1/cases/" + id + "/plan")).isEqualTo(404);

        MvcResult early = api.act("t522601002-safety-1", id, "handle", version(id), Map.of("note", "已整改"));
        assertThat(early.getResponse().getStatus()).isEqualTo(409);
        JsonNode refused = CaseApi.JSON.readTree(early.getResponse().getContentAsString());
        assertThat(refused.get("code").asString()).isEqualTo("PLAN_REQUIRED");
        assertThat(refused.get("detail").asString()).contains("治理方案", "五落实");
        assertThat(api.read("demo-dispatcher", id).get("state").asString()).isEqualTo("dispatched");

        MvcResult incomplete = plan("t522601002-safety-1", id, null, Map.of("responsibility", "安全科", "funds", -1, "deadline", "2020-01-01"));
        assertThat(incomplete.getResponse().getStatus()).isEqualTo(400);
        assertThat(CaseApi.JSON.readTree(incomplete.getResponse().getContentAsString()).get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("measures", "funds", "deadline", "contingency");
        assertThat(plan("demo-gridworker", id, null, complete()).getResponse().getStatus()).as("not the unit's handler").isEqualTo(403);

        MvcResult written = plan("t522601002-safety-1", id, null, complete());
        assertThat(written.getResponse().getStatus()).isEqualTo(200);
        assertThat(written.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(plan("t522601002-safety-2", id, null, complete()).getResponse().getStatus()).as("a rewrite needs If-Match").isEqualTo(428);
        assertThat(plan("t522601002-safety-2", id, "\"7\"", complete()).getResponse().getStatus()).isEqualTo(412);
        Map<String, Object> changed = new HashMap<>(complete());
        changed.put("funds", 20);
        assertThat(plan("t522601002-safety-2", id, "\"1\"", changed).getResponse().getStatus()).isEqualTo(200);

        JsonNode read = api.json("demo-leader", "/api/v1/cases/" + id + "/plan");
        assertThat(read.get("funds").decimalValue()).isEqualByComparingTo("20");
        assertThat(read.get("version").asInt()).isEqualTo(2);
        assertThat(read.get("writtenByName").asString()).isNotBlank();

        api.done("t522601002-safety-1", id, "handle", Map.of("note", "已按治理方案整改"));
        assertThat(plan("t522601002-safety-1", id, "\"2\"", complete()).getResponse().getStatus()).as("handled: the plan stands").isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE target_type = 'case_plan' AND target_id = ?", Integer.class,
                Long.toString(id))).isEqualTo(2);
    }

    @Test
    void aGeneralHazardNeedsNoPlan() throws Exception {
        long id = dispatchedToTheOffice("general");
        assertThat(api.read("demo-dispatcher", id).get("planRequired").asBoolean()).isFalse();
        assertThat(api.done("t522601002-safety-1", id, "handle", Map.of("note", "已整改")).get("state").asString()).isIn("handled", "closed");
    }

    private long dispatchedToTheOffice(String severity) throws Exception {
        long id = api.created("demo-gridworker", CaseApi.report("safety_hazard", severity, "fire_safety", CaseApi.GRID)).get("id").asLong();
        api.done("demo-dispatcher", id, "register", null);
        long office = jdbc.queryForObject("SELECT id FROM department WHERE code = 'OFFICE-522601002'", Long.class);
        api.done("demo-dispatcher", id, "dispatch", Map.of("unit", office));
        return id;
    }

    private int version(long id) throws Exception {
        return api.read("demo-leader", id).get("version").asInt();
    }

    private static Map<String, Object> complete() {
        return CaseApi.plan();
    }

    private MvcResult plan(String user, long id, String ifMatch, Map<String, Object> body) throws Exception {
        var request = put("/api/v1/cases/" + id + "/plan").with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(CaseApi.JSON.writeValueAsString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request).andReturn();
    }
}
