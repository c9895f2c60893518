package cn.taizhang.registry.place;

import static cn.taizhang.registry.place.PlaceFixtures.newName;
import static cn.taizhang.registry.place.PlaceFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The place figures of the registry statistics equal a count of the rows, by type and by area, and move with a registration. */
@IntegrationTest
class PlaceFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    PlaceFixtures api;

    @BeforeEach
    void setUp() {
        api = new PlaceFixtures(mvc);
    }

    private long rows(String where, Object... args) {
        return jdbc.queryForObject("SELECT count(*) FROM place p WHERE " + where, Long.class, args);
    }

    @Test
    void theFiguresOfTheCityATownAndAVillageAreCountsOfTheirRows() throws Exception {
        api.created("demo-gridworker", place(newName("统计测试学校")));
        for (String area : new String[] {"522601", "522601002", "522601002002"}) {
            JsonNode f = api.json("demo-leader", "/api/v1/stats/registries?area=" + area).get("places");
            assertThat(f.get("total").asLong()).as(area).isEqualTo(rows("p.area_code LIKE ? || '%'", area)).isPositive();
            for (JsonNode t : f.get("byType")) {
                assertThat(t.get("count").asLong()).as(area + " " + t.get("code").asString())
                        .isEqualTo(rows("p.area_code LIKE ? || '%' AND p.type_code = ?", area, t.get("code").asString()));
            }
            long sum = 0;
            for (JsonNode a : f.get("byArea")) {
                String child = a.get("code").asString();
                assertThat(child).startsWith(area).hasSize(area.length() + 3);
                assertThat(a.get("name").asString()).isNotBlank();
                assertThat(a.get("total").asLong()).isEqualTo(rows("p.area_code LIKE ? || '%'", child));
                sum += a.get("total").asLong();
            }
            assertThat(sum).isEqualTo(f.get("total").asLong());
        }
        JsonNode town = api.json("demo-leader", "/api/v1/stats/registries?area=522601").get("places").get("byArea").valueStream()
                .filter(a -> a.get("code").asString().equals("522601002")).findFirst().orElseThrow();
        assertThat(town.get("name").asString()).isEqualTo("大十字街道");
        assertThat(town.get("byType").get("school").asLong()).isEqualTo(rows("p.area_code LIKE '522601002%' AND p.type_code = 'school'"));
    }

    @Test
    void aRegistrationMovesTheFiguresByOneAndADayBeforeItDoesNotCountIt() throws Exception {
        Map<String, Long> before = byType(api.json("demo-gridworker", "/api/v1/stats/registries").get("places"));
        api.created("demo-gridworker", place(newName("统计增量学校")));
        JsonNode after = api.json("demo-gridworker", "/api/v1/stats/registries").get("places");
        assertThat(byType(after).get("school")).isEqualTo(before.get("school") + 1);
        assertThat(after.get("total").asLong()).isEqualTo(rows("p.area_code LIKE '522601002002001%'"));
        JsonNode long_ago = api.json("demo-gridworker", "/api/v1/stats/registries?date=2020-01-01").get("places");
        assertThat(long_ago.get("total").asLong()).isZero();
        assertThat(long_ago.get("byType").get(0).get("count").asLong()).isZero();
    }

    @Test
    void aZoneCountsOnlyThePlacesInItsAreas() throws Exception {
        JsonNode zone = api.json("demo-leader", "/api/v1/stats/registries?zone=LUBI-EDZ").get("places");
        JsonNode members = api.json("demo-leader", "/api/v1/overlays/LUBI-EDZ").get("members");
        StringBuilder inZone = new StringBuilder("false");
        members.forEach(m -> inZone.append(" OR p.area_code LIKE '").append(m.get("code").asString()).append("%'"));
        assertThat(zone.get("total").asLong()).isEqualTo(rows("p.area_code LIKE '522601%' AND (" + inZone + ")"));
    }

    private static Map<String, Long> byType(JsonNode places) {
        Map<String, Long> counts = new HashMap<>();
        places.get("byType").forEach(t -> counts.put(t.get("code").asString(), t.get("count").asLong()));
        return counts;
    }
}
