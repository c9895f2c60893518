package cn.taizhang.demo;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.evaluation.ObservationVisits;
import cn.taizhang.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's year of 观摩, stored in bulk (here into 2017, a year no other test uses), blends into every 镇街's score. */
@IntegrationTest
class KailiObservationsStoreTests {

    @Autowired
    ObservationVisits visits;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aYearOfVisitsIsStoredAndScoresEveryTown() throws Exception {
        List<KailiOrganisation.Town> towns = jdbc.query("SELECT code, name FROM area WHERE level = 'town' AND code LIKE '522601%' ORDER BY code",
                (rs, n) -> new KailiOrganisation.Town(rs.getString("code"), rs.getString("name")));
        visits.storeAll(KailiObservations.year(towns, LocalDate.of(2017, 12, 31)));

        JsonNode listed = json("/api/v1/observation-visits?period=2017");
        assertThat(listed.get("total").asInt()).isEqualTo(towns.size() * 4 * 12);
        // recorded by the visited 镇街's own leader, an account of the demo, shown by name
        List<String> recorders = new java.util.ArrayList<>();
        for (JsonNode visit : listed.get("items")) {
            assertThat(visit.get("recordedBy").asString()).isEqualTo("t" + visit.get("area").asString() + "-leader");
            recorders.add(visit.get("recordedBy").asString());
            assertThat(visit.get("recorderName").asString()).matches("\\p{IsHan}{2,3}");
        }
        assertThat(recorders.stream().distinct()).hasSize(towns.size());
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM observation_visit v WHERE v.visited_on BETWEEN '2017-01-01' AND '2017-12-31'
                   AND NOT EXISTS (SELECT 1 FROM staff s JOIN staff_role r ON r.staff_id = s.id
                                   WHERE s.username = v.recorded_by AND r.role = 'LEADER' AND s.jurisdiction_code = v.area_code)
                """, Long.class)).as("a leader whose jurisdiction is the visited 镇街").isZero();
        JsonNode ranking = json("/api/v1/evaluations?object=town&period=2017-Q4");
        assertThat(ranking.get("unranked").size()).isEqualTo(towns.size()); // no cases in 2017
        for (JsonNode town : ranking.get("unranked")) {
            assertThat(town.get("observationVisits").asInt()).isEqualTo(12);
            assertThat(town.get("observationScore").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            assertThat(town.get("score").isNull()).as("观摩 alone makes no score").isTrue();
        }
    }

    private JsonNode json(String path) throws Exception {
        return JsonMapper.builder().build().readTree(mvc.perform(get(path).with(as(mvc, "demo-leader"))).andReturn().getResponse()
                .getContentAsString());
    }
}
