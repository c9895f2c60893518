package cn.taizhang.service;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.TestEnterprises;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Enterprises of names no other test uses and visits to them, sent as the demo's users. */
final class VisitFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    /** The first grid of 市府社区, 大十字街道 (demo-dispatcher's 镇街): shared, tests count their own objects there. */
    static final String GRID = "522601002002001";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    VisitFixtures(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    long staffId(String username) {
        return jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
    }

    long departmentId(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    String firstGrid(String area) {
        return jdbc.queryForObject("SELECT min(code) FROM area WHERE code LIKE ? AND length(code) = 15", String.class, area + "%");
    }

    /** A new enterprise in {@code grid}, registered by that 镇街's 指挥员. */
    long enterprise(String grid) throws Exception {
        return TestEnterprises.register(mvc, "走访测试企业", "industry_trade", grid, "blue");
    }

    /** A visit today by the leaders to the enterprise, with a general problem and, if asked, a hard one. */
    ObjectNode visit(long enterpriseId, boolean hard, String... leaders) {
        ObjectNode v = JSON.createObjectNode();
        v.put("clientId", UUID.randomUUID().toString()).put("date", today().toString()).put("enterpriseId", enterpriseId)
                .put("notes", "座谈了解企业生产经营情况");
        var ids = v.putArray("leaderIds");
        for (String leader : leaders) {
            ids.add(staffId(leader));
        }
        var problems = v.putArray("problems");
        problems.addObject().put("description", "用工缺口约 30 人，希望协助招聘").put("category", "用工");
        if (hard) {
            problems.addObject().put("description", "二期项目用地指标迟迟未落实").put("hard", true).put("category", "用地");
        }
        return v;
    }

    MvcResult record(String user, JsonNode body) throws Exception {
        return send(user, "/api/v1/leader-visits", body);
    }

    MvcResult send(String user, String path, JsonNode body) throws Exception {
        return mvc.perform(post(path).with(DemoUsers.as(mvc, user)).contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn();
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
