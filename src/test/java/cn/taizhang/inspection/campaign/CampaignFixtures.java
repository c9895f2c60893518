package cn.taizhang.inspection.campaign;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.taizhang.support.DemoUsers;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Calls of the campaign API as the demo's users, and campaigns of names no other test uses. */
final class CampaignFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    static final String CITY = "522601";
    /** 大十字街道: demo-dispatcher's jurisdiction. */
    static final String TOWN = "522601002";
    /** 西门街道, another 镇街. */
    static final String OTHER_TOWN = "522601003";

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final MockMvc mvc;

    CampaignFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A name no other test (nor an earlier call) has used: "{prefix}{run}-{n}". */
    static String newName(String prefix) {
        return prefix + RUN + "-" + SERIAL.incrementAndGet();
    }

    /** A valid campaign of 大十字街道 for 2026 on town gas, with two measures. */
    static ObjectNode campaign(String name) {
        ObjectNode c = JSON.createObjectNode();
        c.put("name", name).put("from", "2026-03-01").put("to", "2026-12-31").put("area", TOWN);
        c.putArray("sectors").add("town_gas").add("fire_safety");
        c.putArray("measures").add("全面排查燃气用户和管网隐患").add("餐饮场所安装可燃气体报警装置");
        return c;
    }

    MvcResult create(String user, JsonNode body) throws Exception {
        return send(user, post("/api/v1/campaigns"), body);
    }

    /** Creates and answers the stored campaign, failing loudly if it was refused. */
    JsonNode created(String user, JsonNode body) throws Exception {
        return ok(create(user, body), 201);
    }

    MvcResult update(String user, long id, String ifMatch, JsonNode body) throws Exception {
        MockHttpServletRequestBuilder request = put("/api/v1/campaigns/" + id);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(user, request, body);
    }

    private MvcResult send(String user, MockHttpServletRequestBuilder request, JsonNode body) throws Exception {
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

    /** How many campaigns the user's list shows for this (unique) name; the path is a template, encoded by MockMvc. */
    long total(String user, String name, String moreParameters) throws Exception {
        return json(user, "/api/v1/campaigns?q=" + name + moreParameters)
                .get("total").asLong();
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
