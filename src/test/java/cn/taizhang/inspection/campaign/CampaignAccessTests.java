package cn.taizhang.inspection.campaign;

import static cn.taizhang.inspection.campaign.CampaignFixtures.CITY;
import static cn.taizhang.inspection.campaign.CampaignFixtures.OTHER_TOWN;
import static cn.taizhang.inspection.campaign.CampaignFixtures.TOWN;
import static cn.taizhang.inspection.campaign.CampaignFixtures.body;
import static cn.taizhang.inspection.campaign.CampaignFixtures.campaign;
import static cn.taizhang.inspection.campaign.CampaignFixtures.newName;
import static org.assertj.core.api.Assertions.assertThat;

import cn.taizhang.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.node.ObjectNode;

/** Who starts and edits campaigns, and who sees them: their area overlaps the reader's jurisdiction, a neighbour's never does. */
@IntegrationTest
class CampaignAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CampaignFixtures api;

    @BeforeEach
    void setUp() {
        api = new CampaignFixtures(mvc);
    }

    private long department(String code) {
        return jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);
    }

    @Test
    void gridWorkersDispatchersAndAdministratorsWriteNone() throws Exception {
        String name = newName("无权发起的专项整治");
        for (String user : new String[] {"demo-dispatcher", "demo-gridworker", "demo-sysadmin", "t" + OTHER_TOWN + "-dispatcher-1"}) {
            MvcResult r = api.create(user, campaign(name));
            assertThat(r.getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(body(r).get("detail").asString()).as(user).isNotBlank();
        }
        long id = api.created("demo-leader", campaign(newName("可读不可改的专项整治"))).get("id").asLong();
        assertThat(api.update("demo-dispatcher", id, "\"1\"", campaign(name)).getResponse().getStatus()).isEqualTo(403);
        assertThat(body(api.update("demo-dispatcher", id, "\"1\"", campaign(name))).get("detail").asString()).contains("领导");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaign WHERE name = ?", Long.class, name)).isZero();
    }

    @Test
    void departmentStaffLeadWithTheirOwnDepartmentAndEditOnlyWhatItLeads() throws Exception {
        ObjectNode city = campaign(newName("危化品专项整治"));
        city.put("area", CITY).putArray("sectors").add("hazardous_chemicals");
        var byInspector = api.created("demo-inspector", city);
        assertThat(byInspector.get("leadDepartmentName").asString()).isEqualTo("市应急管理局");
        ObjectNode other = campaign(newName("替别的部门发起"));
        other.put("leadDepartmentId", department("HOUSING"));
        assertThat(body(api.create("demo-inspector", other)).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_DEPARTMENT");

        var byOffice = api.created("t" + TOWN + "-safety-1", campaign(newName("街道办发起的专项整治")));
        assertThat(byOffice.get("leadDepartmentName").asString()).isEqualTo("大十字街道办事处");
        assertThat(byOffice.get("areaCode").asString()).isEqualTo(TOWN);

        ObjectNode housing = campaign(newName("住建局牵头的专项整治"));
        housing.put("leadDepartmentId", department("HOUSING"));
        long housingId = api.created("demo-leader", housing).get("id").asLong();
        MvcResult notTheirs = api.update("demo-handler", housingId, "\"1\"", campaign(newName("改别人的")));
        assertThat(notTheirs.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(notTheirs).get("detail").asString()).contains("本部门牵头");
        ObjectNode edit = campaign(byInspector.get("name").asString());
        edit.put("area", CITY).put("stage", "consolidation");
        assertThat(api.update("demo-handler", byInspector.get("id").asLong(), "\"1\"", edit).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aTownsLeaderWritesForTheTownOnlyAndReadsTheCitysCampaigns() throws Exception {
        String townLeader = "t" + TOWN + "-leader";
        ObjectNode wide = campaign(newName("镇领导发起的全市整治"));
        wide.put("area", CITY);
        assertThat(body(api.create(townLeader, wide)).get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_AREA");
        String village = TOWN + "002";
        ObjectNode inVillage = campaign(newName("社区专项整治"));
        inVillage.put("area", village);
        assertThat(api.created(townLeader, inVillage).get("areaCode").asString()).isEqualTo(village);

        ObjectNode cityCampaign = campaign(newName("全市专项整治"));
        cityCampaign.put("area", CITY);
        long cityId = api.created("demo-leader", cityCampaign).get("id").asLong();
        assertThat(api.status(townLeader, "/api/v1/campaigns/" + cityId)).isEqualTo(200);
        assertThat(api.update(townLeader, cityId, "\"1\"", cityCampaign).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anotherTownsStaffNeitherFindNorListATownsCampaign() throws Exception {
        String name = newName("大十字街道的专项整治");
        long id = api.created("t" + TOWN + "-leader", campaign(name)).get("id").asLong();
        String cityName = newName("全市的专项整治");
        ObjectNode city = campaign(cityName);
        city.put("area", CITY);
        api.created("demo-leader", city);

        String neighbour = "t" + OTHER_TOWN + "-dispatcher-1";
        assertThat(api.status(neighbour, "/api/v1/campaigns/" + id)).isEqualTo(404);
        assertThat(api.status(neighbour, "/api/v1/campaigns/" + id + "/history")).isEqualTo(404);
        assertThat(api.total(neighbour, name, "")).isZero();
        assertThat(api.total(neighbour, cityName, "")).isEqualTo(1);
        assertThat(api.update("t" + OTHER_TOWN + "-leader", id, "\"1\"", campaign(name)).getResponse().getStatus()).isEqualTo(404);

        for (String user : new String[] {"demo-gridworker", "demo-dispatcher", "demo-leader", "demo-inspector"}) {
            assertThat(api.status(user, "/api/v1/campaigns/" + id)).as(user).isEqualTo(200);
            assertThat(api.total(user, name, "")).as(user).isEqualTo(1);
        }
        assertThat(api.total("demo-gridworker", cityName, "")).isEqualTo(1);
        // an area filter keeps the campaigns that concern the area: the city's, not a neighbour's
        assertThat(api.total("demo-leader", name, "&area=" + OTHER_TOWN)).isZero();
        assertThat(api.total("demo-leader", cityName, "&area=" + OTHER_TOWN)).isEqualTo(1);
        assertThat(api.status("demo-sysadmin", "/api/v1/campaigns/" + id)).isEqualTo(403);
    }
}
