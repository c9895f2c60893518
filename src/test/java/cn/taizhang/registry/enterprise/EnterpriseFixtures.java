package cn.taizhang.registry.enterprise;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.registry.codes.CreditCode;
import cn.taizhang.support.DemoUsers;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls of the enterprise API as the demo's users, and enterprises of codes no other test uses. */
final class EnterpriseFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** The first grid of 市府社区, 大十字街道: demo-dispatcher's jurisdiction and demo-gridworker's grid. */
    static final String GRID = "522601002002001";

    private final MockMvc mvc;

    EnterpriseFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A valid credit code no test has used: a random organisation body. */
    static String newCode() {
        return CreditCode.of("91", "522601", String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
    }

    /** A complete, valid enterprise in {@link #GRID} of the 危险化学品 sector. */
    static ObjectNode enterprise(String uscc, String name) {
        ObjectNode e = JSON.createObjectNode();
        e.put("uscc", uscc).put("name", name).put("legalRepresentative", "王某").put("address", "凯里市大十字街道北京东路 1 号")
                .put("gridCode", GRID).put("employees", 120).put("riskLevel", "orange");
        e.putArray("sectors").add("hazardous_chemicals");
        e.putObject("union").put("founded", true).put("members", 35).put("engagement", "proactive");
        return e;
    }

    MvcResult create(String user, JsonNode body) throws Exception {
        return mvc.perform(post("/api/v1/enterprises").with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString())).andReturn();
    }

    /** Creates and answers the stored enterprise, failing loudly if it was refused. */
    JsonNode created(String user, JsonNode body) throws Exception {
        MvcResult r = create(user, body);
        if (r.getResponse().getStatus() != 201) {
            throw new AssertionError("not created: " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    MvcResult update(String user, long id, String ifMatch, JsonNode body) throws Exception {
        var request = put("/api/v1/enterprises/" + id).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
    }

    JsonNode json(String user, String path) throws Exception {
        MvcResult r = read(user, path);
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError(path + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    static JsonNode body(MvcResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString());
    }
}
