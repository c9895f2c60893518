package cn.taizhang.inspection.patrol;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.DemoUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Places, volunteers and rounds of names no other test uses, through the API as the demo's users. */
final class PatrolFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** demo-gridworker's grid, the first of 市府社区 (大十字街道, demo-dispatcher's 镇街). */
    static final String GRID = "522601002002001";
    /** A grid of 西门街道, another 镇街. */
    static final String OTHER_GRID = "522601003001001";

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    PatrolFixtures(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static String newName(String prefix) {
        return prefix + RUN + "-" + SERIAL.incrementAndGet();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    long staffId(String username) {
        return jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
    }

    /** A new internet café in {@code grid}, registered by that 镇街's 指挥员. */
    long cafe(String grid) throws Exception {
        ObjectNode p = JSON.createObjectNode().put("type", "internet_cafe").put("name", newName("巡查测试网吧")).put("gridCode", grid)
                .put("address", "凯里市测试路 " + SERIAL.get() + " 号").put("responsibleUnit", "凯里市文体广电旅游局");
        return ok(send(dispatcher(grid), "/api/v1/places", p), 201).get("id").asLong();
    }

    /** A new "五老" monitor serving {@code area}, registered by its 镇街's 指挥员. */
    long volunteer(String area) throws Exception {
        ObjectNode v = JSON.createObjectNode().put("name", newName("老队员")).put("phone", "13912345678").put("kind", "wulao_internet_cafe")
                .put("areaCode", area);
        return ok(send(dispatcher(area), "/api/v1/patrol-volunteers", v), 201).get("id").asLong();
    }

    static String dispatcher(String area) {
        return area.startsWith("522601002") ? "demo-dispatcher" : "t" + area.substring(0, 9) + "-dispatcher-1";
    }

    /** demo-gridworker's round of {@code place} in {@link #GRID}, with nobody else on it and nothing found. */
    ObjectNode round(long place) {
        ObjectNode r = JSON.createObjectNode().put("clientId", UUID.randomUUID().toString()).put("date", today().toString())
                .put("kind", "internet_cafe").put("gridCode", GRID).put("seen", "查验上网人员身份证件，未发现未成年人");
        r.putArray("staffIds").add(staffId("demo-gridworker"));
        r.putArray("placeIds").add(place);
        return r;
    }

    MvcResult record(String user, JsonNode body) throws Exception {
        return send(user, "/api/v1/patrols", body);
    }

    MvcResult send(String user, String path, JsonNode body) throws Exception {
        return mvc.perform(post(path).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn();
    }

    MvcResult put(String user, String path, String ifMatch, JsonNode body) throws Exception {
        var request = MockMvcRequestBuilders.put(path).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
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
