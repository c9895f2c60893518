package cn.taizhang.cases;

import static cn.taizhang.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The case API as the tests drive it, signed in as demo users. */
public final class CaseApi {

    public static final String GRID = "522601002002001";      // 市府社区 first grid, 大十字街道 (demo-gridworker's)
    static final String WEST_GATE_GRID = "522601003001001"; // 西门街道: outside demo-dispatcher's area
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    public CaseApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static Map<String, Object> report(String type, String severity, String sector, String grid) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("type", type);
        if (severity != null) {
            body.put("severity", severity);
        }
        if (sector != null) {
            body.put("sector", sector);
        }
        body.put("description", "测试事项：" + type + " " + UUID.randomUUID());
        body.put("gridCode", grid);
        body.put("address", "北京东路 1 号");
        body.put("source", "grid_worker");
        return body;
    }

    MvcResult create(String user, Object body) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn();
    }

    /** Reports and expects success. */
    public JsonNode created(String user, Object body) throws Exception {
        MvcResult r = create(user, body);
        if (r.getResponse().getStatus() != 201) {
            throw new AssertionError(r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    public MvcResult act(String user, long id, String action, Integer version, Object body) throws Exception {
        var request = post("/api/v1/cases/" + id + "/actions/" + action).with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : JSON.writeValueAsString(body));
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return mvc.perform(request).andReturn();
    }

    /** A complete 治理方案 (五落实), due in 15 days. */
    public static Map<String, Object> plan() {
        return Map.of("responsibility", "企业主要负责人张某", "measures", "清理疏散通道，更换灭火器", "funds", 3.5,
                "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(15).toString(), "contingency", "整改期间停止营业，专人值守");
    }

    /** Writes {@link #plan()} as the case's first plan, as a handler of its unit, and expects success. */
    public void writePlan(String user, long id) throws Exception {
        MvcResult r = mvc.perform(put("/api/v1/cases/" + id + "/plan").with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(plan()))).andReturn();
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError("plan by " + user + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
    }

    /** Acts with the current version and expects 200. */
    public JsonNode done(String user, long id, String action, Object body) throws Exception {
        int version = read("demo-leader", id).get("version").asInt();
        MvcResult r = act(user, id, action, version, body);
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError(action + " by " + user + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    public JsonNode read(String user, long id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/cases/" + id).with(as(mvc, user))).andReturn().getResponse().getContentAsString());
    }

    public int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(mvc, user))).andReturn().getResponse().getStatus();
    }

    public JsonNode json(String user, String path) throws Exception {
        return JSON.readTree(mvc.perform(get(path).with(as(mvc, user))).andReturn().getResponse().getContentAsString());
    }
}
