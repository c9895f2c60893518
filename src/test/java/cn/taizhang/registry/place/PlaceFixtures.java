package cn.taizhang.registry.place;

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

/** Calls of the place API as the demo's users, and places of names no other test uses. */
final class PlaceFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** The first grid of 市府社区, 大十字街道: demo-dispatcher's jurisdiction and demo-gridworker's grid. */
    static final String GRID = "522601002002001";

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final MockMvc mvc;

    PlaceFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A name no other test (nor an earlier call) has used: "{prefix}{run}-{n}". */
    static String newName(String prefix) {
        return prefix + RUN + "-" + SERIAL.incrementAndGet();
    }

    /** A complete, valid school in {@link #GRID}. */
    static ObjectNode place(String name) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "school").put("name", name).put("gridCode", GRID).put("address", "凯里市大十字街道北京东路 2 号")
                .put("responsibleUnit", "凯里市教育局").put("notes", "节假日有值班");
        return p;
    }

    MvcResult create(String user, JsonNode body) throws Exception {
        return mvc.perform(post("/api/v1/places").with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString())).andReturn();
    }

    /** Creates and answers the stored place, failing loudly if it was refused. */
    JsonNode created(String user, JsonNode body) throws Exception {
        MvcResult r = create(user, body);
        if (r.getResponse().getStatus() != 201) {
            throw new AssertionError("not created: " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    MvcResult update(String user, long id, String ifMatch, JsonNode body) throws Exception {
        var request = put("/api/v1/places/" + id).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult postType(String user, JsonNode body) throws Exception {
        return mvc.perform(post("/api/v1/place-types").with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString())).andReturn();
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
    }

    int status(String user, String path) throws Exception {
        return read(user, path).getResponse().getStatus();
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
