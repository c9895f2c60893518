package cn.taizhang.inspection.lists;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.cases.CaseApi;
import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.TestEnterprises;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Enterprises, outings and measures of names no other test uses, made through the API as the demo's users (after InspectionFixtures). */
final class ListFixtures {

    static final JsonMapper JSON = JsonMapper.shared();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    ListFixtures(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    long staffId(String username) {
        return jdbc.queryForObject("SELECT id FROM staff WHERE username = ?", Long.class, username);
    }

    long departmentId(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    String firstGrid(String area) {
        return jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE ?", String.class, area + "%");
    }

    /** A new enterprise of {@code sector} in {@code grid} (大十字街道's), registered by demo-dispatcher. */
    long enterprise(String sector, String grid) throws Exception {
        return TestEnterprises.register(mvc, "清单测试企业", sector, grid, "yellow");
    }

    /** An outing of demo-inspector to the enterprise on {@code day}: the checklist's first {@code failed} items failed, the rest passed. */
    ObjectNode outing(long enterpriseId, Checklist checklist, LocalDate day, int failed) {
        ObjectNode o = JSON.createObjectNode();
        o.put("clientId", UUID.randomUUID().toString()).put("date", day.toString()).put("group", "市应急管理局清单检查组");
        o.putArray("inspectorIds").add(staffId("demo-inspector"));
        ObjectNode visit = o.putArray("visits").addObject();
        visit.put("enterpriseId", enterpriseId).put("checklist", checklist.code());
        ArrayNode answers = visit.putArray("answers");
        for (int i = 0; i < checklist.items().size(); i++) {
            ObjectNode a = answers.addObject().put("item", checklist.items().get(i).code()).put("result", i < failed ? "fail" : "pass");
            if (i < failed) {
                a.put("note", "清单测试发现问题 " + i);
            }
        }
        return o;
    }

    /** Records the outing and answers its hazards' case ids, in order. */
    List<Long> record(JsonNode outing) throws Exception {
        JsonNode saved = ok(send("demo-inspector", "/api/v1/inspections", outing), 201);
        return saved.get("visits").valueStream().flatMap(v -> v.get("hazards").valueStream()).map(JsonNode::asLong).toList();
    }

    /** A complete 治理方案 (五落实), which a 重大隐患 needs before it is handled. */
    static ObjectNode plan() {
        return JSON.valueToTree(CaseApi.plan());
    }

    /** A measure's body: a rule owned by 大十字街道办事处, due in ten days. */
    ObjectNode measure(String title) {
        ObjectNode m = JSON.createObjectNode().put("title", title).put("kind", "rule").put("dueDate", today().plusDays(10).toString());
        m.put("ownerDepartmentId", departmentId("OFFICE-522601002"));
        return m;
    }

    MvcResult send(String user, String path, JsonNode body) throws Exception {
        return perform(user, post(path).contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    MvcResult put(String user, String path, JsonNode body, String ifMatch) throws Exception {
        MockHttpServletRequestBuilder r = MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(body.toString());
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return perform(user, r);
    }

    MvcResult read(String user, String path) throws Exception {
        return perform(user, get(path));
    }

    MvcResult perform(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(DemoUsers.as(mvc, user))).andReturn();
    }

    JsonNode json(String user, String path) throws Exception {
        return ok(read(user, path), 200);
    }

    /** The rows of an export's first sheet, the header first. */
    List<Row> sheet(String user, String path) throws Exception {
        MvcResult r = read(user, path);
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError(path + ": " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            return book.getFirstSheet().read();
        }
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
