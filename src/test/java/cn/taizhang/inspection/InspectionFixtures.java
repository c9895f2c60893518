package cn.taizhang.inspection;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.TestEnterprises;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Outings, enterprises and places of names no other test uses, recorded as the demo's users. */
final class InspectionFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** The first grid of 市府社区, 大十字街道 (demo-dispatcher's 镇街). */
    static final String GRID = "522601002002001";
    /** A grid of 西门街道, another 镇街. */
    static final String OTHER_GRID = "522601003001001";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    InspectionFixtures(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    long staffId(String username) {
        return jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
    }

    /** A new enterprise of {@code sector} in {@code grid}, registered by that 镇街's 指挥员. */
    long enterprise(String sector, String grid) throws Exception {
        return TestEnterprises.register(mvc, "检查测试企业", sector, grid, "yellow");
    }

    /** One outing of demo-inspector and emergency-inspector to {@code enterpriseId}: the checklist's first item failed, the rest passed. */
    ObjectNode outing(long enterpriseId, Checklist checklist) {
        ObjectNode o = JSON.createObjectNode();
        o.put("clientId", UUID.randomUUID().toString()).put("date", today().toString()).put("group", "市应急管理局第一检查组");
        o.putArray("inspectorIds").add(staffId("demo-inspector")).add(staffId("emergency-inspector"));
        ObjectNode visit = o.putArray("visits").addObject();
        visit.put("enterpriseId", enterpriseId).put("checklist", checklist.code());
        ArrayNode answers = visit.putArray("answers");
        for (int i = 0; i < checklist.items().size(); i++) {
            ObjectNode a = answers.addObject().put("item", checklist.items().get(i).code()).put("result", i == 0 ? "fail" : "pass");
            if (i == 0) {
                a.put("note", "现场抽查两名作业人员未持证");
            }
        }
        return o;
    }

    /**
     * The hazard case of an outing to {@code enterpriseId} (of 大十字街道), dispatched to the 镇街 office and handled there
     * (with its 治理方案 where the item is major): it waits for its verification.
     */
    long handledHazard(long enterpriseId, Checklist checklist) throws Exception {
        long hazard = ok(record("demo-inspector", outing(enterpriseId, checklist)), 201).get("visits").get(0).get("hazards").get(0).asLong();
        CaseDriver town = new CaseDriver(mvc, jdbc, "522601002");
        town.dispatch(hazard);
        if (checklist.items().get(0).major()) { // a 重大隐患 is handled only with its 治理方案
            new CaseApi(mvc).writePlan("t522601002-safety-1", hazard);
        }
        town.handle(hazard);
        return hazard;
    }

    MvcResult record(String user, JsonNode body) throws Exception {
        return send(user, "/api/v1/inspections", body);
    }

    MvcResult send(String user, String path, JsonNode body) throws Exception {
        return mvc.perform(post(path).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn();
    }

    MvcResult put(String user, String path, JsonNode body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(path).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString())).andReturn();
    }

    /** A complete 治理方案 (五落实). */
    static ObjectNode plan() {
        return JSON.valueToTree(CaseApi.plan());
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
    }

    static JsonNode ok(MvcResult r, int expected) throws Exception {
        if (r.getResponse().getStatus() != expected) {
            throw new AssertionError(r.getRequest().getRequestURI() + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return body(r);
    }

    static JsonNode body(MvcResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString());
    }
}
