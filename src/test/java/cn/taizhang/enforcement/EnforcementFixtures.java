package cn.taizhang.enforcement;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.TestEnterprises;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Enterprises, hazards and actions of names and document numbers no other test uses, made as the demo's users. */
final class EnforcementFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** The first grid of 市府社区, 大十字街道 (demo-dispatcher's 镇街): shared, so tests count only their own objects there. */
    static final String GRID = "522601002002001";
    /** 市应急管理局's 执法人员 (its sectors include hazardous_chemicals), city-wide. */
    static final String SAFETY = "demo-safety-enforcer";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    EnforcementFixtures(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A document number no other action has: 凯应急罚〔2026〕T123-4号. */
    static String documentNumber() {
        return "凯应急罚〔" + today().getYear() + "〕T" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet() + "号";
    }

    /** A new enterprise of {@code sector} in {@code grid}, registered by that 镇街's 指挥员. */
    long enterprise(String sector, String grid) throws Exception {
        return TestEnterprises.register(mvc, "执法测试企业", sector, grid, "orange");
    }

    long enterprise() throws Exception {
        return enterprise("hazardous_chemicals", GRID);
    }

    /** A 安全生产隐患 case about the enterprise, registered and dispatched by the 镇街; {@code major}: a 重大隐患. */
    long hazard(long enterpriseId, String grid, boolean major) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(CaseApi.report("safety_hazard", major ? "major" : "general", "hazardous_chemicals", grid));
        body.put("subject", Map.of("kind", "enterprise", "id", enterpriseId));
        long id = new CaseApi(mvc).created("demo-dispatcher", body).get("id").asLong();
        new CaseDriver(mvc, jdbc, grid.substring(0, 9)).dispatch(id);
        return id;
    }

    /** A penalty's body: one violation of a 重大事故隐患 when {@code major}. */
    static ObjectNode penalty(long enterpriseId, LocalDate date, boolean major) {
        ObjectNode a = JSON.createObjectNode().put("enterpriseId", enterpriseId).put("kind", "penalty").put("date", date.toString())
                .put("documentNumber", documentNumber()).put("fine", 20000);
        a.putArray("violations").addObject().put("description", "未按规定对重大危险源进行监测监控").put("basis", "《安全生产法》第一百零一条")
                .put("majorHazard", major);
        return a;
    }

    static ObjectNode action(long enterpriseId, String kind) {
        return JSON.createObjectNode().put("enterpriseId", enterpriseId).put("kind", kind);
    }

    JsonNode take(String user, JsonNode body) throws Exception {
        return ok(send(user, "/api/v1/enforcement-actions", body), 201);
    }

    MvcResult send(String user, String path, JsonNode body) throws Exception {
        return mvc.perform(post(path).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn();
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
    }

    JsonNode json(String user, String path) throws Exception {
        return ok(read(user, path), 200);
    }

    /** The candidates about an enterprise, as an officer of 市应急管理局 lists them. */
    JsonNode candidates(long enterpriseId) throws Exception {
        return json(SAFETY, "/api/v1/enforcement/candidates?enterprise=" + enterpriseId).get("items");
    }

    long actions(long enterpriseId) {
        return jdbc.queryForObject("SELECT count(*) FROM enforcement_action WHERE enterprise_id = ?", Long.class, enterpriseId);
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
