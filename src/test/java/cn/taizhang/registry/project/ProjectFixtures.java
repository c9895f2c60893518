package cn.taizhang.registry.project;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.support.DemoUsers;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls of the project API as the demo's users, and projects and kinds of names no other test uses. */
final class ProjectFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** 大十字街道: demo-dispatcher's jurisdiction. */
    static final String TOWN = "522601002";
    /** 西门街道, another 镇街, shared: tests there count only their own projects. */
    static final String OTHER_TOWN = "522601003";

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final MockMvc mvc;

    ProjectFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A name no other test (nor an earlier call) has used: "{prefix}{run}-{n}". */
    static String newName(String prefix) {
        return prefix + RUN + "-" + SERIAL.incrementAndGet();
    }

    /** A kind code no other test has used. */
    static String newCode() {
        return "test_" + RUN + "_" + SERIAL.incrementAndGet();
    }

    /** A complete, valid 背街小巷改造 of 大十字街道, planned for 2030 (the demo's years, 2021 to 2026, keep the seeds' figures). */
    static ObjectNode project(String name) {
        ObjectNode p = JSON.createObjectNode();
        p.put("kind", "back_alley").put("name", name).put("areaCode", TOWN).put("year", 2030).put("status", "planned")
                .put("households", 120).put("beneficiaries", 480).put("lengthM", 350.5).put("investment", 1643.5)
                .put("notes", "雨污分流、路面硬化");
        return p;
    }

    MvcResult create(String user, JsonNode body) throws Exception {
        return send(user, post("/api/v1/projects"), body);
    }

    /** Creates and answers the stored project, failing loudly if it was refused. */
    JsonNode created(String user, JsonNode body) throws Exception {
        return ok(create(user, body), 201);
    }

    MvcResult update(String user, long id, String ifMatch, JsonNode body) throws Exception {
        var request = put("/api/v1/projects/" + id);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(user, request, body);
    }

    MvcResult addProgress(String user, long id, JsonNode body) throws Exception {
        return send(user, post("/api/v1/projects/" + id + "/progress"), body);
    }

    MvcResult postKind(String user, JsonNode body) throws Exception {
        return send(user, post("/api/v1/project-kinds"), body);
    }

    private MvcResult send(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, JsonNode body)
            throws Exception {
        return mvc.perform(request.with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn();
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
    }

    int status(String user, String path) throws Exception {
        return read(user, path).getResponse().getStatus();
    }

    JsonNode json(String user, String path) throws Exception {
        return ok(read(user, path), 200);
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
