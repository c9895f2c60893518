package cn.taizhang.briefing;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.CaseDriver;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.OwnedArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A briefing's sections come from the categories of the case types: a type the system administrator adds through the
 * API is written in its category's section of the next briefing, and a new category gets a section of its own — in
 * 旁海镇, which this test owns ({@link OwnedArea}).
 */
@IntegrationTest
class BriefingCategoryTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOWN = OwnedArea.BRIEFING_CATEGORIES.code(BriefingCategoryTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CaseDriver cases;

    @BeforeEach
    void setUp() {
        cases = new CaseDriver(mvc, jdbc, TOWN);
    }

    @Test
    void aTypeAddedUnderACategoryIsWrittenInThatCategorysSection() throws Exception {
        String code = addType("城乡环境综合治理", "占道经营");
        String grid = cases.grid(0);
        long fixed = cases.report(code, grid);
        cases.dispatch(fixed);
        cases.close(fixed);
        cases.report(code, grid);
        cases.report("city_sanitation", grid);

        JsonNode section = section(json("/api/v1/briefings?area=" + TOWN), "城乡环境");
        assertThat(section.get("types").valueStream().map(JsonNode::asString).toList())
                .contains("city_sanitation", "illegal_building", "overhead_cables", code);
        assertThat(section.get("counts").get("reported").asLong()).isEqualTo(3);
        assertThat(section.get("counts").get("closed").asLong()).isEqualTo(1);
        assertThat(section.get("text").asString()).contains("共排查城乡环境问题3个（其中市容环境卫生1个、占道经营" + code + "2个），已整治1个，整治率33.3%");
    }

    @Test
    void aTypeOfANewCategoryHasASectionUnderTheCategorysName() throws Exception {
        String category = "平安建设" + UUID.randomUUID().toString().substring(0, 4);
        String code = addType(category, "矛盾纠纷");
        cases.report(code, cases.grid(1));

        JsonNode briefing = json("/api/v1/briefings?area=" + TOWN);
        JsonNode section = section(briefing, category);
        assertThat(section.get("types").valueStream().map(JsonNode::asString).toList()).containsExactly(code);
        assertThat(section.get("text").asString()).contains("共受理上报" + category + "事件1件，立案0件");
        List<String> headings = briefing.get("sections").valueStream().map(s -> s.get("heading").asString()).toList();
        assertThat(headings.get(0)).isEqualTo("一、总体情况");
        // a new type comes last in the catalogue: its section is the cases' last (the registries' sections follow)
        List<String> typed = briefing.get("sections").valueStream().filter(s -> !s.get("types").isEmpty())
                .map(s -> s.get("heading").asString()).toList();
        assertThat(typed.get(typed.size() - 1)).endsWith("、" + category);
    }

    /** Adds a type under {@code category} as the system administrator; its name is {@code name} followed by its code. */
    private String addType(String category, String name) throws Exception {
        StringBuilder code = new StringBuilder("category_test_");
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> code.append((char) c));
        Map<String, Object> body = new HashMap<>();
        body.put("code", code.toString());
        body.put("name", name + code);
        body.put("category", category);
        body.put("responsibility", "town_office");
        body.put("verificationRequired", true);
        body.put("remindShare", 0.8);
        body.put("superviseAfterDays", 3);
        body.put("severities", List.of(Map.of("code", "general", "name", "一般", "deadlineDays", 5, "notifyLeaders", false)));
        MvcResult r = mvc.perform(post("/api/v1/case-types").with(as(mvc, "demo-sysadmin")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        return code.toString();
    }

    private static JsonNode section(JsonNode briefing, String heading) {
        return briefing.get("sections").valueStream().filter(s -> s.get("heading").asString().endsWith("、" + heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading + " in " + briefing.get("sections")));
    }

    private JsonNode json(String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(as(mvc, "demo-leader"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return JSON.readTree(r.getResponse().getContentAsString());
    }
}
