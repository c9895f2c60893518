package cn.taizhang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.taizhang.registry.codes.CreditCode;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's enterprise ledger holds the seeds' figures: 炉碧经济开发区入驻非公企业130家，已建工会组织企业84家，工会会员4882人,
 * and the city's ten leaders look after five of its enterprises each. (Tests that add enterprises to the zone add them as
 * neither non-public nor unionised, so these figures stay the demo's.)
 */
@IntegrationTest
class KailiEnterprisesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode json(String user, String path) throws Exception {
        return JsonMapper.shared().readTree(mvc.perform(get(path).with(DemoUsers.as(mvc, user))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theZoneHasTheSeedsFigures() throws Exception {
        JsonNode zone = json("demo-leader", "/api/v1/stats/registries?zone=LUBI-EDZ").get("enterprises");
        assertThat(zone.get("nonPublic").asLong()).isEqualTo(130);
        assertThat(zone.get("nonPublicUnionFounded").asLong()).isEqualTo(84);
        assertThat(zone.get("nonPublicUnionMembers").asLong()).isEqualTo(4882);
        assertThat(zone.get("deregistered").asLong()).isPositive();
        assertThat(zone.get("lostContact").asLong()).isPositive();
        JsonNode briefing = json("demo-leader", "/api/v1/briefings?area=522601");
        assertThat(briefing.toString()).contains("炉碧经济开发区入驻非公企业130家，已建工会组织企业84家，工会会员4882人");
    }

    @Test
    void tenLeadersLookAfterFiveEnterprisesEachAllWithTwentyFiveStaffOrMore() throws Exception {
        assertThat(jdbc.queryForList("SELECT count(*) FROM enterprise WHERE leader_id IS NOT NULL AND zone_code = 'LUBI-EDZ' GROUP BY leader_id",
                Long.class)).hasSize(10).allMatch(n -> n == 5);
        assertThat(jdbc.queryForObject("SELECT min(employees) FROM enterprise WHERE leader_id IS NOT NULL", Integer.class)).isGreaterThanOrEqualTo(25);
        long mine = json("demo-leader", "/api/v1/enterprises?zone=LUBI-EDZ&leader=" // other tests give the leader enterprises elsewhere
                + jdbc.queryForObject("SELECT id FROM staff WHERE username = 'demo-leader'", Long.class)).get("total").asLong();
        assertThat(mine).isEqualTo(5);
    }

    @Test
    void theCityHasAFewThousandEnterprisesWithValidCodesAcrossEverySector() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise", Long.class)).isGreaterThan(2000);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT sector_code) FROM enterprise_sector", Long.class)).isEqualTo(16);
        assertThat(jdbc.queryForList("SELECT uscc FROM enterprise ORDER BY id LIMIT 200", String.class))
                .allMatch(code -> CreditCode.check(code).problem().isEmpty() && CreditCode.check(code).warnings().isEmpty());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE union_founded AND (union_members < 1 OR union_members > employees)",
                Long.class)).isZero();
    }
}
