package cn.taizhang.registry.enterprise;

import static cn.taizhang.registry.enterprise.EnterpriseFixtures.enterprise;
import static cn.taizhang.registry.enterprise.EnterpriseFixtures.newCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The registry statistics equal a count of the rows, for a 镇街, the city and a development zone, and move with a registration. */
@IntegrationTest
class EnterpriseFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    EnterpriseFixtures api;

    @BeforeEach
    void setUp() {
        api = new EnterpriseFixtures(mvc);
    }

    private long rows(String where, Object... args) {
        return jdbc.queryForObject("SELECT count(*) FROM enterprise e WHERE " + where, Long.class, args);
    }

    private long members(String where, Object... args) {
        return jdbc.queryForObject("SELECT coalesce(sum(union_members), 0) FROM enterprise e WHERE e.status = 'active' AND e.union_founded AND "
                + where, Long.class, args);
    }

    @Test
    void theFiguresOfATownAndOfTheCityAreCountsOfTheirRows() throws Exception {
        api.created("demo-dispatcher", enterprise(newCode(), "统计测试企业"));
        ObjectNode gone = enterprise(newCode(), "统计测试注销企业");
        gone.put("status", "deregistered").put("statusReason", "依法注销");
        api.created("demo-dispatcher", gone);
        for (String area : new String[] {"522601002", "522601"}) {
            JsonNode f = api.json("demo-leader", "/api/v1/stats/registries?area=" + area).get("enterprises");
            String inside = "e.area_code LIKE ? || '%'";
            assertThat(f.get("registered").asLong()).as(area).isEqualTo(rows(inside, area));
            assertThat(f.get("active").asLong()).isEqualTo(rows(inside + " AND e.status = 'active'", area));
            assertThat(f.get("deregistered").asLong()).isEqualTo(rows(inside + " AND e.status = 'deregistered'", area)).isPositive();
            assertThat(f.get("unionFounded").asLong()).isEqualTo(rows(inside + " AND e.status = 'active' AND e.union_founded", area));
            assertThat(f.get("unionMembers").asLong()).isEqualTo(members(inside, area)).isPositive();
            assertThat(f.get("orange").asLong()).isEqualTo(rows(inside + " AND e.status = 'active' AND e.risk_level = 'orange'", area));
            long chemicals = jdbc.queryForObject("""
                    SELECT count(*) FROM enterprise e JOIN enterprise_sector s ON s.enterprise_id = e.id
                    WHERE e.area_code LIKE ? || '%' AND e.status = 'active' AND s.sector_code = 'hazardous_chemicals'""", Long.class, area);
            assertThat(f.get("bySector").valueStream().filter(s -> s.get("code").asString().equals("hazardous_chemicals")).findFirst()
                    .orElseThrow().get("active").asLong()).isEqualTo(chemicals);
        }
    }

    @Test
    void aRegistrationMovesTheFiguresByOneAndADayBeforeItDoesNotCountIt() throws Exception {
        JsonNode before = api.json("demo-dispatcher", "/api/v1/stats/registries").get("enterprises");
        api.created("demo-dispatcher", enterprise(newCode(), "统计增量企业"));
        JsonNode after = api.json("demo-dispatcher", "/api/v1/stats/registries").get("enterprises");
        assertThat(after.get("registered").asLong()).isEqualTo(before.get("registered").asLong() + 1);
        assertThat(after.get("unionMembers").asLong()).isEqualTo(before.get("unionMembers").asLong() + 35);
        JsonNode yesterday = api.json("demo-dispatcher", "/api/v1/stats/registries?date=2020-01-01").get("enterprises");
        assertThat(yesterday.get("registered").asLong()).isEqualTo(rows("e.area_code LIKE '522601002%' AND e.created_at < '2020-01-02'"));
    }

    @Test
    void aZoneCountsOnlyTheEnterprisesInIt() throws Exception {
        JsonNode f = api.json("demo-leader", "/api/v1/stats/registries?zone=LUBI-EDZ").get("enterprises");
        assertThat(f.get("nonPublic").asLong()).isEqualTo(rows("e.zone_code = 'LUBI-EDZ' AND e.status = 'active' AND e.non_public"));
        assertThat(api.read("demo-leader", "/api/v1/stats/registries?zone=NO-SUCH-ZONE").getResponse().getStatus()).isEqualTo(404);
    }
}
