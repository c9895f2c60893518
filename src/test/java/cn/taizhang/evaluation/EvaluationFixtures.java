package cn.taizhang.evaluation;

import cn.taizhang.support.OwnedArea;
import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The APIs as the evaluation tests drive them. Cases are made through the case API by the town's own staff in
 * 镇街 this test data owns ({@link OwnedArea}): 凯棠镇 for grid workers, 大风洞镇 for a 镇街 and its 观摩.
 */
final class EvaluationFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String KAITANG = OwnedArea.EVALUATION_GRID_WORKERS.code(EvaluationFixtures.class);
    static final String DAFENGDONG = OwnedArea.EVALUATION_TOWN.code(EvaluationFixtures.class);

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    EvaluationFixtures(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static String thisMonth() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** The n-th grid (from 0, in code order) of a town. */
    String grid(String town, int n) {
        return jdbc.queryForList("SELECT code FROM area WHERE level = 'grid' AND code LIKE ? ORDER BY code", String.class, town + "%").get(n);
    }

    long departmentId(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    /** A case reported in the grid, registered and dispatched to the town's office by the town's dispatcher; its version. */
    JsonNode dispatched(String grid) throws Exception {
        String town = grid.substring(0, 9);
        String dispatcher = "t" + town + "-dispatcher-1";
        Map<String, Object> report = new HashMap<>();
        report.put("clientId", UUID.randomUUID().toString());
        report.put("type", "city_sanitation");
        report.put("description", "考评测试：" + UUID.randomUUID());
        report.put("gridCode", grid);
        report.put("address", "凯棠大道 1 号");
        report.put("source", "grid_worker");
        JsonNode c = call(dispatcher, post("/api/v1/cases"), report, 201);
        c = act(dispatcher, c, "register", Map.of());
        return act(dispatcher, c, "dispatch", Map.of("unit", departmentId("OFFICE-" + town)));
    }

    /** The case handled by the town's safety supervisor and closed by its dispatcher after verification. */
    JsonNode closed(JsonNode c) throws Exception {
        String town = c.get("gridCode").asString().substring(0, 9);
        c = act("t" + town + "-safety-1", c, "handle", Map.of("note", "已整改"));
        return act("t" + town + "-dispatcher-1", c, "verify", Map.of("passed", true, "note", "核查合格"));
    }

    private JsonNode act(String user, JsonNode c, String action, Object body) throws Exception {
        return call(user, post("/api/v1/cases/" + c.get("id").asLong() + "/actions/" + action)
                .header("If-Match", "\"" + c.get("version").asInt() + "\""), body, 200);
    }

    JsonNode evaluation(String user, String query) throws Exception {
        return call(user, get("/api/v1/evaluations?" + query), null, 200);
    }

    MvcResult perform(String user, MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        return mvc.perform(request.with(as(mvc, user))).andReturn();
    }

    JsonNode call(String user, MockHttpServletRequestBuilder request, Object body,
            int status) throws Exception {
        MvcResult r = perform(user, request, body);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    /** The settings of one object kind as GET shows them. */
    JsonNode settings(String object) throws Exception {
        for (JsonNode s : call("demo-leader", get("/api/v1/evaluation-weights"), null, 200).get("items")) {
            if (s.get("object").asString().equals(object)) {
                return s;
            }
        }
        throw new AssertionError("no settings for " + object);
    }

    void putSettings(String object, JsonNode settings) throws Exception {
        call("demo-sysadmin", put("/api/v1/evaluation-weights/" + object), settings, 200);
    }

    /** The row of a unit among the ranked and the unranked, or null. */
    static JsonNode row(JsonNode evaluation, String key) {
        for (String list : new String[] {"ranked", "unranked"}) {
            for (JsonNode r : evaluation.get(list)) {
                if (r.get("key").asString().equals(key)) {
                    return r;
                }
            }
        }
        return null;
    }
}
