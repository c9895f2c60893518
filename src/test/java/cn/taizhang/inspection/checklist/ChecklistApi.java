package cn.taizhang.inspection.checklist;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The checklists' API as the tests call it, and checklists of their own (unique codes: the seeded ones are never edited). */
final class ChecklistApi {

    static final JsonMapper JSON = JsonMapper.shared();

    private final MockMvc mvc;

    ChecklistApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A code no other test uses. */
    static String uniqueCode() {
        return "test_" + Long.toString(System.nanoTime(), 36) + "_" + Integer.toString((int) (Math.random() * 1000), 36);
    }

    static ObjectNode item(String code, String text, String basis, boolean major) {
        return JSON.createObjectNode().put("code", code).put("text", text).put("basis", basis).put("major", major);
    }

    static ArrayNode items(ObjectNode... items) {
        ArrayNode array = JSON.createArrayNode();
        for (ObjectNode i : items) {
            array.add(i);
        }
        return array;
    }

    static ArrayNode threeItems() {
        return items(item("T-01", "安全出口、疏散通道畅通，未被占用、堵塞、封闭", "《消防法》第二十八条", false),
                item("T-02", "特种作业人员持证上岗", "《安全生产法》第三十条", true),
                item("T-03", "建立隐患排查治理制度", "《安全生产法》第四十一条", false));
    }

    static ObjectNode checklist(String code, String sector, ArrayNode items) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("sector", sector).put("name", "测试检查表 " + code);
        body.set("items", items);
        return body;
    }

    MockHttpServletResponse get(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(as(mvc, user)).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    JsonNode json(String user, String path) throws Exception {
        MockHttpServletResponse r = get(user, path);
        assertThat(r.getStatus()).as(path + " " + r.getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getContentAsString());
    }

    MockHttpServletResponse post(String user, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/checklists").with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn().getResponse();
    }

    MockHttpServletResponse put(String user, String code, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put("/api/v1/checklists/" + code).with(as(mvc, user)).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn().getResponse();
    }

    /** A new checklist of the fire-safety sector with three items, created by the 系统管理员; its code. */
    String created() throws Exception {
        String code = uniqueCode();
        MockHttpServletResponse r = post("demo-sysadmin", checklist(code, "fire_safety", threeItems()));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return code;
    }

    static JsonNode body(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString());
    }

    /** The fields a 400 names. */
    static List<String> fields(MockHttpServletResponse r) throws Exception {
        List<String> fields = new ArrayList<>();
        body(r).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    /** The error codes of a 400 by field. */
    static Map<String, String> codes(MockHttpServletResponse r) throws Exception {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        body(r).path("errors").forEach(e -> codes.put(e.path("field").asString(), e.path("code").asString()));
        return codes;
    }
}
