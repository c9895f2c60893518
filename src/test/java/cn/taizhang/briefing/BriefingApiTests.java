package cn.taizhang.briefing;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.figures.Percent;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The briefing endpoint says in words exactly what the statistics summary says in figures. */
@IntegrationTest
class BriefingApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The counts a general briefing writes out, each followed by 件. */
    static final List<String> WRITTEN = List.of("reported", "registered", "rejected", "dispatched", "closed", "closedOnTime",
            "open", "overdue", "extended", "deferred", "supervised", "reworked", "returned");

    @Autowired
    MockMvc mvc;

    ApiCalls api;

    @BeforeEach
    void connectApi() {
        api = new ApiCalls(mvc);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBriefingHasTheSummarysFiguresInItsText() throws Exception {
        report();
        for (String query : List.of("area=522601002", "area=522601", "area=522601002&from=2026-01-01&to=2026-12-31",
                "area=522601&type=city_sanitation")) {
            JsonNode summary = api.json("demo-leader", "/api/v1/stats/summary?" + query);
            JsonNode briefing = api.json("demo-leader", "/api/v1/briefings?" + query);
            assertThat(briefing.get("counts")).as(query).isEqualTo(summary.get("counts"));
            assertThat(briefing.get("rates")).as(query).isEqualTo(summary.get("rates"));
            for (String field : List.of("area", "name", "from", "to")) {
                assertThat(briefing.get(field)).as(query + " " + field).isEqualTo(summary.get(field));
            }
            // without a type the first section is 总体情况 with the summary's figures; with one, the only section
            JsonNode first = briefing.get("sections").get(0);
            assertThat(first.get("counts")).as(query).isEqualTo(summary.get("counts"));
            String text = first.get("text").asString();
            if (query.contains("type=")) {
                assertThat(briefing.get("text").asString()).as(query).isEqualTo(text);
            } else {
                assertThat(briefing.get("text").asString()).as(query).startsWith("一、总体情况\n" + text);
            }
            assertThat(text).as(query).startsWith(BriefingWriter.period(
                    LocalDate.parse(summary.get("from").asString()), LocalDate.parse(summary.get("to").asString()),
                    LocalDate.now(BeijingTime.ZONE)) + "，" + summary.get("name").asString()).endsWith("。");
            assertThat(briefing.get("title").asString()).startsWith(summary.get("name").asString()).contains("简报");
            assertThat(briefing.get("date").asString()).isEqualTo(LocalDate.now(BeijingTime.ZONE).toString());
            JsonNode counts = summary.get("counts");
            if (counts.get("reported").asLong() == 0) {
                assertThat(text).contains("暂无数据");
                continue;
            }
            for (String count : WRITTEN) {
                long figure = counts.get(count).asLong();
                if (figure > 0 || count.equals("reported") || count.equals("registered")) {
                    assertThat(text).as(query + " " + count).containsPattern("[^0-9.]" + figure + "件");
                }
            }
        }
        JsonNode city = api.json("demo-leader", "/api/v1/briefings?area=522601");
        assertThat(city.get("text").asString()).startsWith("一、总体情况\n今年以来，");
    }

    @Test
    void safetyHazardsAreCountedAsFoundAndRectified() throws Exception {
        JsonNode summary = api.json("demo-leader", "/api/v1/stats/summary?area=522601&type=safety_hazard");
        JsonNode briefing = api.json("demo-leader", "/api/v1/briefings?area=522601&type=safety_hazard");
        assertThat(briefing.get("counts")).isEqualTo(summary.get("counts"));
        assertThat(briefing.get("sections")).hasSize(1);
        JsonNode c = summary.get("counts");
        long found = c.get("reported").asLong() - c.get("rejected").asLong();
        if (found > 0) {
            assertThat(briefing.get("text").asString()).contains("共排查安全隐患" + found + "项，已整改" + c.get("closed").asLong() + "项，整改率"
                    + Percent.of(c.get("closed").asLong(), found));
        }
    }

    @Test
    void outsideTheJurisdictionIsNotFoundAndBadParametersAreNamed() throws Exception {
        assertThat(api.status("demo-dispatcher", "/api/v1/briefings?area=522601003")).isEqualTo(404);
        assertThat(api.status("demo-dispatcher", "/api/v1/briefings?area=522601002")).isEqualTo(200);
        assertThat(problemField("/api/v1/briefings?area=52260")).isEqualTo("area");
        assertThat(problemField("/api/v1/briefings?area=522601&from=2026-13-01")).isEqualTo("from");
        assertThat(problemField("/api/v1/briefings?area=522601&from=2026-03-01&to=2026-02-01")).isEqualTo("to");
        assertThat(problemField("/api/v1/briefings?area=522601&type=nonsense")).isEqualTo("type");
    }

    private void report() throws Exception {
        String grid = jdbc.queryForObject("SELECT min(code) FROM area WHERE level = 'grid' AND code LIKE '522601002%'", String.class);
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("type", "city_sanitation");
        body.put("description", "简报测试：" + UUID.randomUUID());
        body.put("gridCode", grid);
        body.put("address", "中华路 1 号");
        body.put("source", "grid_worker");
        MvcResult r = mvc.perform(post("/api/v1/cases").with(as(mvc, "demo-dispatcher")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
    }

    private String problemField(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(as(mvc, "demo-leader"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        return JSON.readTree(r.getResponse().getContentAsString()).get("errors").get(0).get("field").asString();
    }
}
