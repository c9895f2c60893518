package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's place and project ledgers hold the seeds' figures, read through the API as a leader of the city reads them:
 * "2021年改造背街小巷31条，涉及6370户，受益25106人，道路总长7835米，总投资约1643.5万元"; the 2022 plan's 40 alleys, 9,549 m,
 * 11,060 households and 37,946 people; the 2023 plan's 24; 70 公园广场 and 15 全民健身示范点 in exactly the 镇街 the seed
 * names, built as 2021's 全民健身示范点建设. (No other test registers parks, fitness points or alleys of 2021–2023.)
 */
@IntegrationTest
class KailiPlacesAndProjectsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode json(String path) throws Exception {
        var r = mvc.perform(get(path).with(DemoUsers.as(mvc, "demo-leader"))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + ": " + r.getContentAsString()).isEqualTo(200);
        return JsonMapper.shared().readTree(r.getContentAsString());
    }

    @Test
    void the2021AlleysReadAsTheSeedSaysThem() throws Exception {
        JsonNode items = json("/api/v1/projects/summary?year=2021&kind=back_alley").get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("sentence").asString()).isEqualTo("2021年改造背街小巷31条，涉及6370户，受益25106人，道路总长7835米，总投资约1643.5万元");
        JsonNode briefing = json("/api/v1/briefings?area=522601&from=2021-01-01&to=2021-12-31");
        assertThat(briefing.get("text").asString()).contains("凯里市2021年改造背街小巷31条，涉及6370户，受益25106人，道路总长7835米，总投资约1643.5万元")
                .contains("2021年建设全民健身示范点15个");
    }

    @Test
    void the2022PlansFortyAlleysAndItsTotalsHoldOverThemAndThe2023PlanTwentyFour() throws Exception {
        long count = 0;
        long households = 0;
        long beneficiaries = 0;
        double length = 0;
        for (JsonNode line : json("/api/v1/projects/summary?year=2022&kind=back_alley").get("items")) {
            count += line.get("count").asLong();
            households += line.get("households").asLong();
            beneficiaries += line.get("beneficiaries").asLong();
            length += line.get("lengthM").asDouble();
        }
        assertThat(count).isEqualTo(40);
        assertThat(length).isEqualTo(9549.0);
        assertThat(households).isEqualTo(11_060);
        assertThat(beneficiaries).isEqualTo(37_946);
        JsonNode figures = json("/api/v1/stats/registries?area=522601").get("projects");
        JsonNode y2023 = figures.get("byYear").valueStream().filter(y -> y.get("year").asInt() == 2023).findFirst().orElseThrow();
        JsonNode alleys2023 = y2023.get("kinds").valueStream().filter(k -> k.get("kind").asString().equals("back_alley")).findFirst().orElseThrow();
        assertThat(alleys2023.get("count").asLong()).isEqualTo(24);
        JsonNode y2021 = figures.get("byYear").valueStream().filter(y -> y.get("year").asInt() == 2021).findFirst().orElseThrow();
        JsonNode fitness = y2021.get("kinds").valueStream().filter(k -> k.get("kind").asString().equals("fitness_point")).findFirst().orElseThrow();
        assertThat(fitness.get("completed").asLong()).isEqualTo(15);
    }

    @Test
    void seventyParksAndFifteenFitnessPointsInTheSeedsTowns() throws Exception {
        JsonNode places = json("/api/v1/stats/registries?area=522601").get("places");
        Map<String, Long> byType = new HashMap<>();
        places.get("byType").forEach(t -> byType.put(t.get("code").asString(), t.get("count").asLong()));
        assertThat(byType.get("park")).isEqualTo(70);
        assertThat(byType.get("fitness_point")).isEqualTo(15);
        assertThat(byType.get("party_service")).isEqualTo(20);
        assertThat(byType.get("internet_cafe")).isGreaterThanOrEqualTo(55L); // the demo's 55 to 65, and the patrol tests' own
        // every type the catalogue comes with but 其他 has demo places (types other tests add may have none)
        assertThat(List.of("station", "school", "hospital", "cold_chain", "internet_cafe", "isolation", "park", "fitness_point",
                "party_service", "market", "venue")).allMatch(type -> byType.getOrDefault(type, 0L) > 0);
        assertThat(places.get("total").asLong()).isBetween(250L, 600L);
        List<String> fitnessTowns = new ArrayList<>();
        places.get("byArea").forEach(a -> {
            if (a.get("byType").has("fitness_point")) {
                fitnessTowns.add(a.get("name").asString());
            }
        });
        assertThat(fitnessTowns).containsExactlyInAnyOrderElementsOf(KailiPlaces.FITNESS_TOWNS);
        assertThat(json("/api/v1/places?type=park&size=1").get("total").asLong()).isEqualTo(70);
    }

    @Test
    void everyDemoProjectAndPlaceLiesInAnAreaOfItsOwnLevelAndNamesAreUnique() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT kind_code, name, year FROM project GROUP BY 1, 2, 3 HAVING count(*) > 1) d",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT type_code, name, area_code FROM place GROUP BY 1, 2, 3 HAVING count(*) > 1) d",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project_progress", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project WHERE status = 'under_construction'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM project WHERE status = 'planned'", Long.class)).isPositive();
    }
}
