package cn.taizhang.support;

import static cn.taizhang.support.DemoUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases of one 镇街 driven through the case API by that 镇街's demo staff: its dispatcher reports, registers,
 * dispatches to the 镇街 office and verifies; the office's safety supervisor handles.
 */
public final class CaseDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final String town;

    public CaseDriver(MockMvc mvc, JdbcTemplate jdbc, String town) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.town = town;
    }

    /** The first grid of the town (in code order), or the n-th from 0. */
    public String grid(int n) {
        return jdbc.queryForList("SELECT code FROM area WHERE level = 'grid' AND code LIKE ? ORDER BY code LIMIT ?", String.class,
                town + "%", n + 1).get(n);
    }

    /** Reports a case of {@code type} in {@code grid} and returns its id; safety hazards get a sector. */
    public long report(String type, String grid) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("type", type);
        if (type.equals("safety_hazard")) {
            body.put("sector", "fire_safety");
        }
        body.put("description", "测试事项：" + type + " " + UUID.randomUUID());
        body.put("gridCode", grid);
        body.put("address", "测试路 1 号");
        body.put("source", "grid_worker");
        MvcResult r = mvc.perform(post("/api/v1/cases").with(as(mvc, dispatcher())).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn();
        check(r, 201, "report");
        return JSON.readTree(r.getResponse().getContentAsString()).get("id").asLong();
    }

    /** Registers and dispatches a reported case to the 镇街 office. */
    public void dispatch(long id) throws Exception {
        act(dispatcher(), id, "register", null);
        long office = jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, "OFFICE-" + town);
        act(dispatcher(), id, "dispatch", Map.of("unit", office));
    }

    /** Handles a dispatched case as the 镇街 office: it waits for its verification (where its type needs one). */
    public void handle(long id) throws Exception {
        act("t" + town + "-safety-1", id, "handle", Map.of("note", "已处置"));
    }

    /** Handles a dispatched case and, where its type needs it, verifies it: the case is closed. */
    public void close(long id) throws Exception {
        handle(id);
        String state = JSON.readTree(mvc.perform(get("/api/v1/cases/" + id).with(as(mvc, "demo-leader"))).andReturn().getResponse()
                .getContentAsString()).get("state").asString();
        if (state.equals("handled")) {
            act(dispatcher(), id, "verify", Map.of("passed", true, "note", "核查合格"));
        }
    }

    public void reject(long id) throws Exception {
        act(dispatcher(), id, "reject", Map.of("reason", "重复上报"));
    }

    private String dispatcher() {
        return "t" + town + "-dispatcher-1";
    }

    private void act(String user, long id, String action, Object body) throws Exception {
        int version = JSON.readTree(mvc.perform(get("/api/v1/cases/" + id).with(as(mvc, "demo-leader"))).andReturn().getResponse()
                .getContentAsString()).get("version").asInt();
        MvcResult r = mvc.perform(post("/api/v1/cases/" + id + "/actions/" + action).with(as(mvc, user))
                .contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"" + version + "\"")
                .content(body == null ? "{}" : JSON.writeValueAsString(body))).andReturn();
        check(r, 200, action + " by " + user);
    }

    private static void check(MvcResult r, int status, String what) throws Exception {
        if (r.getResponse().getStatus() != status) {
            throw new AssertionError(what + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
    }
}
