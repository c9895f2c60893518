package cn.taizhang.registry.place;

import static cn.taizhang.registry.place.PlaceFixtures.newName;
import static cn.taizhang.registry.place.PlaceFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.support.ApiCalls;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** A case about a place (cases.CaseSubjects, kind "place"): placed in its grid, shown with the place and on the place's page. */
@IntegrationTest
class PlaceCasesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PlaceFixtures api;
    ApiCalls cases;

    @BeforeEach
    void setUp() {
        api = new PlaceFixtures(mvc);
        cases = new ApiCalls(mvc);
    }

    private static Map<String, Object> problem(long placeId) {
        return Map.of("clientId", UUID.randomUUID().toString(), "type", "city_sanitation", "description", "校门口垃圾桶满溢，无人清运",
                "source", "grid_worker", "subject", Map.of("kind", "place", "id", placeId));
    }

    @Test
    void aCaseAboutAPlaceLiesInItsGridAndShowsOnItsPage() throws Exception {
        JsonNode p = api.created("demo-gridworker", place(newName("有问题的学校")));
        long id = p.get("id").asLong();
        long caseId = cases.created("demo-gridworker", problem(id));
        JsonNode c = cases.json("demo-dispatcher", "/api/v1/cases/" + caseId);
        assertThat(c.get("gridCode").asString()).isEqualTo(p.get("gridCode").asString());
        assertThat(c.get("subject").get("kind").asString()).isEqualTo("place");
        assertThat(c.get("subject").get("name").asString()).isEqualTo(p.get("name").asString());
        assertThat(c.get("subject").get("path").asString()).isEqualTo("/places/" + id);
        Document detail = Jsoup.parse(mvc.perform(get(URI.create("/places/" + id)).session(DemoUsers.webSession(mvc, "demo-dispatcher")))
                .andReturn().getResponse().getContentAsString());
        assertThat(detail.select(".subject-cases tbody tr[data-id]").eachAttr("data-id")).containsExactly(Long.toString(caseId));
    }

    @Test
    void aPlaceOutsideTheReportersReachIsRefused() throws Exception {
        long elsewhere = jdbc.queryForObject("SELECT id FROM place WHERE area_code NOT LIKE '522601002%' ORDER BY id LIMIT 1", Long.class);
        MvcResult r = mvc.perform(post("/api/v1/cases").with(DemoUsers.as(mvc, "demo-gridworker")).contentType(MediaType.APPLICATION_JSON)
                .content(PlaceFixtures.JSON.writeValueAsString(problem(elsewhere)))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(PlaceFixtures.body(r).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_SUBJECT");
    }
}
